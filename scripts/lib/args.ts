// The value after a named command-line option ("--top 40" → "40"), or undefined when it is absent.
export const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
