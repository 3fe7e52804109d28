import { Allow } from '../auth/policy.decorators';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CHANNEL_LABELS, CHANNELS, Channel } from '@cxlens/shared';
import { ChannelEnum } from '../common/graphql-enums';

@ObjectType({ description: 'A contact channel known to cxlens.' })
export class ChannelInfo {
  @Field(() => ChannelEnum)
  id: Channel;

  @Field()
  label: string;
}

@Resolver(() => ChannelInfo)
export class ChannelsResolver {
  @Allow('data:read')
  @Query(() => [ChannelInfo])
  channels(): ChannelInfo[] {
    return CHANNELS.map((id) => ({ id, label: CHANNEL_LABELS[id].en }));
  }
}
