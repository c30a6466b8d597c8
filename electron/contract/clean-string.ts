/**
 * String schemas that apply the text hygiene rule (text-hygiene.ts) before any other check, so
 * every string field of every method reaches the core clean, and a field that is only control
 * characters counts as empty. Every text field of a method input is built from one of these.
 */
import { z } from 'zod';
import { cleanLine, cleanText } from './text-hygiene';

/** A single-line field (a title, a name, a tag, a query, an id): newlines and tabs become spaces. */
export const lineString = () => z.string().overwrite(cleanLine);

/** A multi-line field (a note, a description): newlines kept. */
export const proseString = () => z.string().overwrite(cleanText);
