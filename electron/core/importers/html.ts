/**
 * Saved web pages to blocks: the main article found by Readability (or the whole page when it finds
 * none), walked without recursion into plain-text blocks, plus the metadata the page itself states.
 * Nothing runs: linkedom executes no script, and only text nodes ever reach a block.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DossierFailure } from '../errors';
import type { DraftBlock } from './build-document';
import { cleanText } from '../../contract';
import { decodeBytes, decodeWindows1252, isMultibyteUtf8 } from './decode';
import type { DocumentMetadata, FormatResult } from './format-result';

/** The part of the DOM this module uses; core compiles without the DOM library. */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const MAX_READABILITY_DEPTH = 500;
const FALLBACK_WARNING = 'Dossier could not find the main article; the whole page was imported.';
/** Removed before Readability and skipped by the walker: never text, sometimes active. */
const ACTIVE = 'script,style,noscript,iframe,frame,frameset,object,embed,applet,template,svg,math,xmp,plaintext';
const SKIPPED = new Set([
  ...ACTIVE.split(','),
  ...['head', 'title', 'meta', 'link', 'base', 'canvas', 'audio', 'video', 'picture', 'img', 'map', 'area'],
  ...['form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'dialog'],
]);
/** Page chrome, skipped unless it sits inside an <article>. */
const CHROME = new Set(['nav', 'aside', 'header', 'footer']);
/** Cookie banners, comment threads and ads, named by id or class; never applied to the page roots. */
const BOILERPLATE =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|comments?|comment-list|disqus|advert|advertisement|ads?|sponsored|paywall)(?:$|[\s_-])/i;
const ROOTS = new Set(['html', 'body', 'main', 'article']);
const CONTAINERS = new Set(
  'div,section,article,main,body,html,blockquote,ul,ol,menu,li,figure,table,thead,tbody,tfoot,dl,details,center,hgroup,fieldset,header,footer,nav,aside'.split(
    ',',
  ),
);
const TEXT_BLOCKS = new Set(['p', 'figcaption', 'dt', 'dd', 'caption', 'summary', 'address', 'legend']);

export function parseHtml(bytes: Uint8Array, fileName: string): FormatResult {
  const html = decodeHtml(bytes, fileName);
  const { document } = parseDom(html);
  const metadata = readMetadata(document);
  removeActive(document);
  const bodyText = collapse(document.body?.textContent ?? '');
  const warnings: string[] = [];
  let drafts: DraftBlock[] = [];
  const tooDeep = depthExceeds(document.documentElement, MAX_READABILITY_DEPTH);
  const article = tooDeep ? null : findArticle(document);
  const articleText = collapse(article?.textContent ?? '');
  if (article?.content && (articleText.length >= 200 || articleText.length * 2 >= bodyText.length)) {
    drafts = elementToDrafts(article.content, false);
  }
  if (drafts.length === 0) {
    // Readability changed the document it ran on; a page too deep for it is still untouched.
    const fresh = tooDeep ? document : parseDom(html).document;
    removeActive(fresh);
    const root = fresh.querySelector('main') ?? singleArticle(fresh) ?? fresh.body ?? fresh.documentElement;
    drafts = elementToDrafts(root, root.localName === 'article');
    if (drafts.length > 0) warnings.push(FALLBACK_WARNING);
  }
  if (drafts.length === 0) {
    throw new DossierFailure(
      'unsupported_format',
      `${fileName} has no readable text (the page is empty or holds only scripts and markup): there is nothing to import.`,
    );
  }
  metadata.author ??= byline(article?.byline);
  return { drafts, metadata, warnings };
}

/** HTML (a fragment or a whole page, e.g. mammoth's output) to blocks. */
export function htmlToDrafts(html: string): DraftBlock[] {
  const { document } = parseDom(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  removeActive(document);
  return elementToDrafts(document.body ?? document.documentElement, false);
}

/** Readability recurses through the tree: a page nested deeper than it can take goes to the fallback. */
function findArticle(document: DomDocument) {
  try {
    return new Readability<DomElement>(document, {
      charThreshold: 200,
      serializer: (node: unknown) => node as DomElement,
    }).parse();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function depthExceeds(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomNode, number];
    if (depth > limit) return true;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return false;
}

function parseDom(html: string): { document: DomDocument } {
  const window: unknown = parseHTML(html);
  return window as { document: DomDocument };
}

function removeActive(document: DomDocument): void {
  for (const el of Array.from(document.querySelectorAll(ACTIVE))) el.remove();
}

function singleArticle(document: DomDocument): DomElement | null {
  const articles = document.querySelectorAll('article');
  return articles.length === 1 ? (articles[0] ?? null) : null;
}

/**
 * BOM, else UTF-8 when the bytes are multi-byte UTF-8 (a re-saved page keeps its old declaration),
 * else the charset the page declares in its first 1024 bytes, else UTF-8 if valid, else Windows-1252.
 */
function decodeHtml(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) {
    throw new DossierFailure('unsupported_format', `${fileName} is empty (0 bytes): there is nothing to import.`);
  }
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = hasBom ? null : declaredCharset(bytes);
  let text: string;
  if (declared === null || declared.startsWith('utf-16') || isMultibyteUtf8(bytes)) {
    text = decodeBytes(bytes, fileName);
  } else if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii'].includes(declared)) {
    text = decodeWindows1252(bytes);
  } else {
    text = decodeDeclared(bytes, declared, fileName);
  }
  text = cleanText(text);
  if (text.trim().length === 0) {
    throw new DossierFailure(
      'unsupported_format',
      `${fileName} contains only white space: there is nothing to import.`,
    );
  }
  return text;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function decodeDeclared(bytes: Uint8Array, label: string, fileName: string): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return decodeBytes(bytes, fileName);
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function byline(value: string | null | undefined): string | null {
  const text = collapse(value ?? '').replace(/^by\s+/i, '');
  return text.length > 0 && text.length <= 200 ? text : null;
}

type Template = Omit<DraftBlock, 'text'>;
interface Context {
  kind: 'container' | 'text' | 'row' | 'cell';
  template: Template;
  pre: boolean;
  inArticle: boolean;
  buf: string;
  cells: string[];
  parent: Context | null;
}
type Frame = { node: DomNode; ctx: Context } | { exit: Context };

/** Walks with an explicit stack: a page of 10,000 nested elements must not overflow the call stack. */
function elementToDrafts(root: DomElement, inArticle: boolean): DraftBlock[] {
  const out: DraftBlock[] = [];
  const top = context('container', { type: 'paragraph' }, null, inArticle);
  const stack: Frame[] = [{ exit: top }];
  pushChildren(stack, root, top);
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if ('exit' in frame) {
      finish(frame.exit, out);
      continue;
    }
    const { node, ctx } = frame;
    if (node.nodeType === 3) {
      if (ctx.kind !== 'row') ctx.buf += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const name = el.localName.toLowerCase();
    if (skip(el, name, ctx)) continue;
    if (name === 'br') {
      ctx.buf += ctx.pre ? '\n' : ' ';
      continue;
    }
    const next = open(el, name, ctx, out);
    if (next !== ctx) stack.push({ exit: next });
    pushChildren(stack, el, next);
  }
  return out;
}

function pushChildren(stack: Frame[], el: DomNode, ctx: Context): void {
  const children = el.childNodes;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child) stack.push({ node: child, ctx });
  }
}

function skip(el: DomElement, name: string, ctx: Context): boolean {
  if (SKIPPED.has(name)) return true;
  if (CHROME.has(name) && !ctx.inArticle) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (ROOTS.has(name)) return false;
  return BOILERPLATE.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`);
}

/** The context the element's content goes to: a new one for blocks, the current one for inline elements. */
function open(el: DomElement, name: string, ctx: Context, out: DraftBlock[]): Context {
  const inArticle = ctx.inArticle || name === 'article';
  if (name === 'tr' && ctx.kind !== 'cell' && ctx.kind !== 'text') {
    flush(ctx, out);
    return context('row', { type: 'paragraph' }, ctx, inArticle);
  }
  if ((name === 'td' || name === 'th') && ctx.kind === 'row') return context('cell', ctx.template, ctx, inArticle);
  const heading = /^h([1-6])$/.exec(name);
  const isBlock = heading !== null || name === 'pre' || TEXT_BLOCKS.has(name) || CONTAINERS.has(name);
  if (!isBlock && name !== 'td' && name !== 'th') return ctx;
  if (ctx.kind !== 'container') {
    ctx.buf += ctx.pre ? '\n' : ' ';
    return ctx;
  }
  flush(ctx, out);
  if (heading) return context('text', { type: 'heading', level: Number(heading[1]) }, ctx, inArticle);
  if (name === 'pre') {
    const code = context('text', { type: 'code' }, ctx, inArticle);
    code.pre = true;
    return code;
  }
  if (name === 'li') {
    const ordered = (el.parentNode as DomElement | null)?.localName?.toLowerCase() === 'ol';
    return context('container', { type: 'list_item', ordered }, ctx, inArticle);
  }
  if (name === 'blockquote') return context('container', { type: 'quote' }, ctx, inArticle);
  const kind = CONTAINERS.has(name) ? 'container' : 'text';
  return context(kind, ctx.template, ctx, inArticle);
}

function context(kind: Context['kind'], template: Template, parent: Context | null, inArticle: boolean): Context {
  return { kind, template, pre: false, inArticle, buf: '', cells: [], parent };
}

function flush(ctx: Context, out: DraftBlock[]): void {
  const text = ctx.pre ? ctx.buf.replace(/^\n+/, '').trimEnd() : collapse(ctx.buf);
  ctx.buf = '';
  if (text.length > 0) out.push({ ...ctx.template, text });
}

function finish(ctx: Context, out: DraftBlock[]): void {
  if (ctx.kind === 'cell' && ctx.parent) {
    ctx.parent.cells.push(collapse(ctx.buf));
  } else if (ctx.kind === 'row') {
    if (ctx.cells.some((cell) => cell.length > 0)) out.push({ type: 'paragraph', text: ctx.cells.join(' | ') });
  } else {
    flush(ctx, out);
  }
}

/** What the page states about itself, read before Readability changes the DOM. */
function readMetadata(document: DomDocument): DocumentMetadata {
  const meta = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const content = collapse(el.getAttribute('content') ?? '');
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && content && !meta.has(key)) meta.set(key, content);
    }
  }
  const pick = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined) ?? null;
  const ld = jsonLdArticle(document);
  const text = (selector: string) => collapse(document.querySelector(selector)?.textContent ?? '') || null;
  const author = [pick('author', 'article:author'), ldName(ld?.['author'])].find((a) => a && !/^https?:/i.test(a));
  const dates = [
    pick('article:published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'pubdate', 'datepublished'),
    ldString(ld?.['datePublished']),
    ldString(ld?.['dateCreated']),
    document.querySelector('article time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  const urls = [document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, pick('og:url')];
  const locale = pick('og:locale')?.replace(/_/g, '-') ?? null;
  const languages = [document.documentElement.getAttribute('lang'), pick('content-language')?.split(',')[0], locale];
  return {
    title: pick('og:title', 'twitter:title') ?? text('title') ?? text('h1'),
    author: author ?? null,
    source: pick('og:site_name') ?? ldName(ld?.['publisher']) ?? pick('application-name'),
    publishedDate: dates.map(normalizeDate).find((d) => d !== null) ?? null,
    url: urls.map((u) => u?.trim() ?? '').find((u) => /^https?:\/\/[^\s]+$/i.test(u)) ?? null,
    language: languages.map((l) => l?.trim() ?? '').find((l) => /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(l)) ?? null,
  };
}

type LdObject = Record<string, unknown>;
const ARTICLE_TYPES = /article|posting|report|newsarticle/i;

/** The first JSON-LD object that describes an article (else the first object), across arrays and @graph. */
function jsonLdArticle(document: DomDocument): LdObject | null {
  const objects: LdObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let queue: unknown[];
    try {
      queue = [JSON.parse(script.textContent ?? '')];
    } catch {
      continue;
    }
    while (queue.length > 0 && objects.length < 1000) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...(item as unknown[]));
      else if (isObject(item)) {
        objects.push(item);
        if (Array.isArray(item['@graph'])) queue.push(...(item['@graph'] as unknown[]));
      }
    }
  }
  const typeOf = (o: LdObject) => [o['@type']].flat().join(' ');
  return objects.find((o) => ARTICLE_TYPES.test(typeOf(o))) ?? objects.find((o) => 'datePublished' in o) ?? null;
}

function isObject(value: unknown): value is LdObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ldString(value: unknown): string | null {
  return typeof value === 'string' ? collapse(value) || null : null;
}

/** A person or organisation: a string, an object with a name, or a list of those (names joined). */
function ldName(value: unknown): string | null {
  const names = [value]
    .flat()
    .map((v) => (isObject(v) ? ldString(v['name']) : ldString(v)))
    .filter((n): n is string => n !== null && !/^https?:/i.test(n));
  return names.length > 0 ? names.join(', ') : null;
}

/** YYYY-MM-DD, YYYY-MM or YYYY from the start of an ISO-like date, as the page wrote it (no time zone shift). */
function normalizeDate(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?![\d])/.exec(value ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  if (Number(year) < 1000) return null;
  if (month === undefined || Number(month) < 1 || Number(month) > 12) return month === undefined ? year! : null;
  const mm = month.padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const dd = day.padStart(2, '0');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) ? `${year}-${mm}-${dd}` : null;
}
