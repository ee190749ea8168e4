/**
 * The shapes of words the rules test ("a lower-case word", "starts with a capital").
 * Named patterns made once: a regular-expression literal inside a function makes a
 * new object each time it is evaluated, and these run on most words.
 */
const LOWER_WORD = /^\p{Ll}+$/u;
const LETTERS = /^\p{L}+$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
const STARTS_LETTER = /^\p{L}/u;

/** "militant", not "Militant", "US" or "self-defence". */
export const isLowerWord = (text: string): boolean => LOWER_WORD.test(text);
/** Letters only, any case. */
export const isLetters = (text: string): boolean => LETTERS.test(text);
/** "Lebanese", not "US" or "lebanese". */
export const isCapitalised = (text: string): boolean => CAPITALISED_WORD.test(text);
export const startsLower = (text: string): boolean => STARTS_LOWER.test(text);
export const startsCapital = (text: string): boolean => STARTS_CAPITAL.test(text);
export const startsLetter = (text: string): boolean => STARTS_LETTER.test(text);
