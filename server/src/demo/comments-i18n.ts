/**
 * Short native-language comments for non-English respondents, one per driver
 * (see comments.ts). {wait} and {agent} are filled in; a driver missing here
 * falls back to the closest one.
 */
export type NativeDriver = 'wait' | 'unresolved' | 'transfer' | 'scripted' | 'migration' | 'neutral' | 'positive' | 'listened';

export const NATIVE_COMMENTS: Record<string, Partial<Record<NativeDriver, string>>> = {
  pt: {
    wait: 'Esperei mais de {wait} minutos até ser atendido.',
    unresolved: 'O meu problema continua por resolver e ninguém me ligou de volta.',
    transfer: 'Fui transferido três vezes e tive de repetir tudo.',
    scripted: 'O assistente limitou-se a ler um guião, não ouviu o que eu precisava.',
    migration: 'Disseram que o sistema novo estava em baixo e não conseguiam ver a minha conta.',
    neutral: 'Resolvido, mas demorou mais do que esperava.',
    positive: 'Atendimento rápido e simpático, resolveram logo à primeira.',
    listened: '{agent} ouviu-me com atenção e explicou tudo com paciência.',
  },
  pl: {
    wait: 'Czekałem ponad {wait} minut na połączenie z konsultantem.',
    unresolved: 'Sprawa nadal nie jest załatwiona, nikt nie oddzwonił.',
    transfer: 'Przełączano mnie trzy razy i za każdym razem musiałem wszystko powtarzać.',
    scripted: 'Konsultant czytał formułki ze skryptu i w ogóle mnie nie słuchał.',
    neutral: 'W porządku, ale trwało to dłużej, niż się spodziewałem.',
    positive: 'Szybko, konkretnie i miło. Sprawa załatwiona od ręki.',
    listened: 'Bardzo cierpliwa i pomocna obsługa, wszystko mi dokładnie wyjaśniono.',
  },
  ar: {
    wait: 'انتظرت أكثر من {wait} دقيقة حتى رد أحد.',
    unresolved: 'المشكلة لم تُحل حتى الآن ولم يتصل بي أحد.',
    transfer: 'تم تحويلي ثلاث مرات واضطررت لتكرار كل شيء.',
    scripted: 'الموظف كان يقرأ من نص محفوظ ولم يستمع لمشكلتي.',
    neutral: 'الخدمة مقبولة لكنها استغرقت وقتاً أطول من المتوقع.',
    positive: 'خدمة سريعة وممتازة، تم حل المشكلة من أول مكالمة.',
    listened: 'الموظف كان صبوراً جداً وشرح لي كل شيء بوضوح.',
  },
  es: {
    wait: 'Esperé más de {wait} minutos para que me atendieran.',
    unresolved: 'Mi problema sigue sin resolverse y nadie me devolvió la llamada.',
    transfer: 'Me transfirieron tres veces y tuve que repetir todo.',
    scripted: 'La persona solo leía un guion y no escuchaba lo que necesitaba.',
    neutral: 'Bien, aunque tardó más de lo esperado.',
    positive: 'Atención rápida y amable, me solucionaron todo a la primera.',
    listened: '{agent} me escuchó con paciencia y me explicó todo muy bien. ¡Mil gracias!',
  },
  fr: {
    wait: "J'ai attendu plus de {wait} minutes avant d'avoir quelqu'un.",
    unresolved: "Mon problème n'est toujours pas réglé et personne ne m'a rappelé.",
    transfer: "Transféré trois fois, j'ai dû tout répéter à chaque fois.",
    scripted: 'Le conseiller récitait son script sans écouter ma demande.',
    migration: "On m'a dit que le nouveau système était en panne et qu'on ne voyait pas mon dossier.",
    neutral: 'Correct, mais plus long que prévu.',
    positive: 'Rapide, aimable et efficace. Problème réglé du premier coup.',
    listened: "{agent} a pris le temps de m'écouter et de tout m'expliquer.",
  },
  de: {
    wait: 'Ich habe über {wait} Minuten in der Warteschleife gehangen.',
    unresolved: 'Mein Problem ist immer noch nicht gelöst, und niemand hat zurückgerufen.',
    transfer: 'Dreimal weitergeleitet und jedes Mal alles neu erklärt.',
    scripted: 'Der Mitarbeiter hat nur sein Skript abgelesen und nicht zugehört.',
    migration: 'Angeblich war das neue System ausgefallen, man konnte mein Konto nicht sehen.',
    neutral: 'In Ordnung, hat aber länger gedauert als erwartet.',
    positive: 'Schnell, freundlich und gleich beim ersten Mal gelöst.',
    listened: '{agent} hat sich Zeit genommen und alles verständlich erklärt.',
  },
  ms: {
    wait: 'Saya menunggu lebih {wait} minit sebelum panggilan dijawab.',
    unresolved: 'Masalah saya masih belum selesai dan tiada siapa yang menghubungi saya semula.',
    transfer: 'Saya dipindahkan tiga kali dan terpaksa mengulang semuanya.',
    scripted: 'Ejen hanya membaca skrip dan tidak mendengar masalah saya.',
    neutral: 'Okey, tetapi mengambil masa lebih lama daripada dijangka.',
    positive: 'Perkhidmatan pantas dan mesra, masalah selesai serta-merta.',
    listened: '{agent} sangat sabar dan menerangkan semuanya dengan jelas.',
  },
  fil: {
    wait: 'Naghintay ako ng mahigit {wait} minuto bago may sumagot.',
    unresolved: 'Hindi pa rin naaayos ang problema ko at walang tumawag pabalik.',
    transfer: 'Tatlong beses akong inilipat at paulit-ulit kong ipinaliwanag.',
    scripted: 'Parang nagbabasa lang ng script ang agent, hindi nakikinig sa akin.',
    neutral: 'Okay naman, pero medyo natagalan.',
    positive: 'Mabilis at magalang ang serbisyo, naayos agad.',
    listened: 'Matiyaga si {agent} at malinaw niyang ipinaliwanag ang lahat.',
  },
};
