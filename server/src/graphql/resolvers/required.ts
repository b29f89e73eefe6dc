// A non-null field whose record is missing means the store lost a reference it guarantees; failing loudly (an internal
// error, logged) beats the null GraphQL would otherwise bubble up to the nearest nullable parent.
export function required<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new Error(`Dangling reference: ${what} ${id} is missing`);
  return value;
}
