/** "1 document", "3 documents": counts read as sentences in the UI. */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
