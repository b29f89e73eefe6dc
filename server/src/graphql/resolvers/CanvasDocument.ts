import { GraphQLError, GraphQLScalarType } from 'graphql';
import { EncodedJson } from '../encoded-json.ts';

const outputOnly = () => {
  throw new GraphQLError('CanvasDocument is sent by the server only; it is not an input.');
};

/** The canvas document: already-encoded JSON (canvas.ts), which the answer's writer puts in as it is. */
export const CanvasDocument = new GraphQLScalarType<never, EncodedJson>({
  name: 'CanvasDocument',
  serialize: (value) => {
    if (value instanceof EncodedJson) return value;
    throw new GraphQLError('CanvasDocument: not an encoded canvas document.');
  },
  parseValue: outputOnly,
  parseLiteral: outputOnly,
});
