import { registerEnumType } from '@nestjs/graphql';
import { CHANNELS, Channel, EVALUATION_KINDS, EvaluationKind } from '@cxlens/shared';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

/** GraphQL enums built from the shared lists, so server, client and database agree. */
export const ChannelEnum = enumObject<Channel>(CHANNELS);
export const EvaluationKindEnum = enumObject<EvaluationKind>(EVALUATION_KINDS);

registerEnumType(ChannelEnum, { name: 'Channel', description: 'Contact channel.' });
registerEnumType(EvaluationKindEnum, { name: 'EvaluationKind', description: 'Mystery shop by an agency, or internal QA.' });
