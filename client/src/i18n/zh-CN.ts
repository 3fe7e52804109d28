import { zhCNAuth } from './zh-CN-auth';
import type { Messages } from './en';
import { zhCNDashboard } from './zh-CN-dashboard';

export const zhCN: Messages = {
  'app.name': 'cxlens',
  'app.tagline': '客户体验分析',
  'app.skipToContent': '跳到主要内容',

  'nav.label': '主导航',
  'nav.group.insights': '洞察',
  'nav.group.workspace': '工作区',
  'nav.overview': '概览',
  'nav.sites': '站点',
  'nav.channels': '渠道',
  'nav.vopVsVoc': '流程之声 vs 客户之声',
  'nav.drivers': '驱动因素',
  'nav.responses': '问卷回复',
  'nav.data': '数据',
  'nav.explorer': 'API 浏览器',

  'topbar.language': '语言',

  'page.overview.description': '各站点、各渠道的客户体验与流程执行情况一览。',
  'page.sites.description': '各站点横向对比：带置信区间的排名，可按渠道结构调整，并检验与其他站点的差异是否显著。',
  'page.channels.description': '对比语音、邮件、在线聊天等各服务渠道的调研得分与联络中心 KPI。',
  'page.vopVsVoc.description': '逐个站点查看流程之声（神秘顾客与质检评估）与客户之声（问卷调研）在哪些方面一致、哪些方面存在分歧。',
  'page.drivers.description': '哪些评估项与联络中心 KPI 对客户满意度影响最大，并附置信区间。',
  'page.responses.description': '每个数字背后的原始记录：问卷原话及评分、评估结果与 KPI 时段数据，沿用仪表板的筛选条件。',
  'page.data.description': '导入问卷回复、评估结果与联络中心 KPI，并跟踪每个导入任务。',
  'page.explorer.description': '编写并运行针对 cxlens API 的 GraphQL 查询，随时查阅 Schema。',

  'data.cliTitle': '通过命令行导入',
  'data.cliBody': '大批量或定时导入：可通过命令行或任意 HTTP 客户端执行同样的导入。',
  'explorer.endpoint': 'GraphQL 端点',

  'channel.VOICE': '语音',
  'channel.EMAIL': '邮件',
  'channel.CHAT': '在线聊天',
  'channel.SOCIAL': '社交媒体',
  'channel.SMS': '短信',
  'channel.VIDEO': '视频',
  'channel.APP': '应用',
  'channel.SELF_SERVICE': '自助服务',

  'sites.empty.title': '暂无站点',
  'sites.empty.body': '请在“数据”页导入站点及其问卷、评估和 KPI 数据，或以 CXLENS_DEMO=on 重启服务器以加载演示数据集。',
  'sites.empty.action': '前往数据页',


  'error.title': '数据加载失败',
  'error.retry': '重试',
  'error.network': '无法连接 cxlens 服务器。请确认服务器正在运行后重试。',

  'common.notSet': '未设置',
  'notFound.title': '页面不存在',
  'notFound.body': '{path} 处没有页面。',
  'notFound.back': '返回概览',
  ...zhCNDashboard,
  ...zhCNAuth,
};
