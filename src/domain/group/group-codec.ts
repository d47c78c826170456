/**
 * Moving group documents between browsers with no server: as a file, or (assignments) as a link
 * whose payload lives in the URL fragment. A fragment is never sent in an HTTP request, so the
 * assignment reaches only the browser that opens the link.
 *
 * Link payload = JSON → deflate (fflate) → base64url. Reading reverses it under caps at every step
 * (payload length, unpacked size, JSON, schema); every failure comes back as a problem for people,
 * never as a thrown error. Files are JSON text, checked against a byte cap before parsing.
 */
import { deflateSync, Inflate } from 'fflate';
import {
  ASSIGNMENT_KIND,
  GROUP_CAPS,
  LINK_PAYLOAD_CHARS,
  parseGroupDocument,
  type Assignment,
  type GroupKind,
  type GroupParse,
  type Report,
} from './group-schema';
import { countText } from '../count-text';

/** The app path that opens an assignment link. The payload follows in the fragment as `#a=…`. */
export const JOIN_PATH = 'group/join';
const PAYLOAD_PARAM = 'a';

type Parsed<K extends GroupKind> = GroupParse<K extends typeof ASSIGNMENT_KIND ? Assignment : Report>;

// ── Files ───────────────────────────────────────────────────────────────────

/** A document as the text of its file: indented JSON, easy to read and diff. */
export function serializeGroupDocument(document: Assignment | Report): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Reads a file's text as a document of the expected kind, or says what is wrong. Never throws.
 * @example parseGroupFile('{"kind":"bastion-assignment","version":3}', 'bastion-assignment')
 * // { ok: false, problems: ['this assignment was made by a newer Bastion (format version 3; this app reads up to 2): …'] }
 */
export function parseGroupFile<K extends GroupKind>(text: string, expected: K): Parsed<K> {
  // Cheap bound first: a string of n UTF-16 units is at most 3n bytes of UTF-8.
  const bytes = text.length * 3 <= GROUP_CAPS.fileBytes ? 0 : new TextEncoder().encode(text).length;
  if (bytes > GROUP_CAPS.fileBytes) {
    return fail(`the file is ${formatBytes(bytes)}, more than a group file can be (${formatBytes(GROUP_CAPS.fileBytes)})`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('the file is empty');
  const raw = parseJson(body);
  if (!raw.ok) return fail(`the file is truncated or not JSON: ${raw.message}`);
  return parseGroupDocument(raw.value, expected) as Parsed<K>;
}

/** `pack-14-ai-risk` from a title, for file names. Never empty. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** @example assignmentFileName({ title: 'Week 3: IAM' }) // 'week-3-iam.bastion.json' */
export const assignmentFileName = (assignment: Pick<Assignment, 'title'>): string => `${slugOf(assignment.title)}.bastion.json`;

/** @example reportFileName('Ana Lima', 'ML platform') // 'ana-lima-ml-platform.bastion-report.json' */
export const reportFileName = (member: string, groupName: string): string => `${slugOf(member)}-${slugOf(groupName)}.bastion-report.json`;

// ── Links ───────────────────────────────────────────────────────────────────

/** The payload of an assignment's link: its JSON, deflated, as base64url. */
export function assignmentPayload(assignment: Assignment): string {
  return toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(assignment)), { level: 9 }));
}

/**
 * The link that opens an assignment in the app at `appBase` (origin and base path, ending in '/').
 * @example assignmentLink(a, 'https://bastion.example/') // 'https://bastion.example/group/join#a=eNqr…'
 */
export function assignmentLink(assignment: Assignment, appBase: string): string {
  return `${appBase}${JOIN_PATH}#${PAYLOAD_PARAM}=${assignmentPayload(assignment)}`;
}

/** Why text that does not even claim to be an assignment link is refused (not a reason about a damaged one). */
export const NOT_AN_ASSIGNMENT_LINK = `this is not a Bastion assignment link, which looks like “…/${JOIN_PATH}#${PAYLOAD_PARAM}=” followed by a long code: paste the whole link your lead sent, or ask them for the assignment file`;

/**
 * Reads an assignment from a whole link, from its fragment (`#a=…`) or from the bare payload, as
 * pasted; spaces and line breaks that mail clients insert are ignored. Never throws.
 *
 * A link (or fragment) that is Bastion's but damaged gets the precise reason. Other text ("hello",
 * another site's address) gets NOT_AN_ASSIGNMENT_LINK: a reason about a cut or a bad character
 * would send the member looking for a missing part of something that never was a link.
 */
export function decodeAssignmentLink(input: string): GroupParse<Assignment> {
  const found = payloadOf(input);
  if (found.kind === 'not-a-link') return fail(NOT_AN_ASSIGNMENT_LINK);
  if (found.kind === 'empty') return fail('the link holds no assignment: nothing follows "#a=" (was only part of it copied?)');
  const { payload } = found;
  if (payload.length > LINK_PAYLOAD_CHARS) {
    return fail(
      `the link's payload is ${countText(payload.length)} characters, more than a link can carry (${countText(LINK_PAYLOAD_CHARS)}): ask for the file instead`,
    );
  }
  // Bare text is taken for a payload only if it unpacks to JSON: otherwise it was never one.
  const damaged = (problem: string) => fail<Assignment>(found.kind === 'bare' ? NOT_AN_ASSIGNMENT_LINK : problem);
  const bytes = fromBase64Url(payload);
  if (typeof bytes === 'string') return damaged(bytes);
  const inflated = inflateCapped(bytes, GROUP_CAPS.linkInflatedBytes);
  if (typeof inflated === 'string') return damaged(inflated);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return damaged("the link's payload is damaged: it does not unpack to text");
  }
  const raw = parseJson(text);
  if (!raw.ok) return damaged(`the link's payload is damaged: it unpacks to something that is not JSON (${raw.message})`);
  return parseGroupDocument(raw.value, ASSIGNMENT_KIND);
}

type FoundPayload =
  | { kind: 'link' | 'bare'; payload: string }
  /** A Bastion link or fragment with nothing after `#a=`. */
  | { kind: 'empty' }
  | { kind: 'not-a-link' };

/**
 * The base64url payload in a link (`…/group/join#a=…`, or the hash-route form `…#/group/join?a=…`),
 * in a fragment (`#a=…`, `a=…`) or bare, and whether the text is a Bastion link at all.
 */
function payloadOf(input: string): FoundPayload {
  const text = input.replace(/\s+/g, '');
  const hash = text.indexOf('#');
  const fragment = hash < 0 ? (text.startsWith(`${PAYLOAD_PARAM}=`) ? text : '') : text.slice(hash + 1);
  const param = fragment
    .split(/[?&]/)
    .find((p) => p.startsWith(`${PAYLOAD_PARAM}=`))
    ?.slice(PAYLOAD_PARAM.length + 1);
  if (param) return { kind: 'link', payload: param };
  if (param === '' || text.includes(JOIN_PATH)) return { kind: 'empty' };
  if (hash >= 0 || text === '' || /[/:.]/.test(text)) return { kind: 'not-a-link' };
  return { kind: 'bare', payload: text };
}

// ── Bytes ───────────────────────────────────────────────────────────────────

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Map([...ALPHABET].map((c, i) => [c, i]));

/** RFC 4648 §5 base64url, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** The bytes of base64url text (padding tolerated), or a problem naming the first bad character. */
export function fromBase64Url(text: string): Uint8Array | string {
  const body = text.replace(/=+$/, '');
  for (let i = 0; i < body.length; i++) {
    if (!VALUE_OF.has(body[i]!)) {
      return `the link's payload has a character that cannot be in it (${JSON.stringify(body[i])} at position ${i + 1}): was the link changed?`;
    }
  }
  if (body.length % 4 === 1) return "the link's payload is cut short: part of the link is missing";
  const out = new Uint8Array(Math.floor((body.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of body) {
    value = (value << 6) | VALUE_OF.get(char)!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out;
}

/**
 * Inflates raw deflate data, stopping as soon as the output passes `maxBytes` (so a tiny payload
 * that would unpack to gigabytes costs a few hundred kilobytes at most). Returns the bytes, or a
 * problem for people.
 */
export function inflateCapped(bytes: Uint8Array, maxBytes: number): Uint8Array | string {
  if (bytes.length === 0) return "the link's payload is empty";
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk.slice());
    if (final) finished = true;
  });
  const step = 512;
  try {
    for (let i = 0; i < bytes.length && total <= maxBytes; i += step) inflater.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  } catch (error) {
    return `the link's payload is damaged or cut short (${error instanceof Error ? error.message : 'it could not be unpacked'})`;
  }
  if (total > maxBytes)
    return `the link's payload unpacks to more than ${formatBytes(maxBytes)}, which no assignment needs: it is not a Bastion link`;
  if (!finished) return "the link's payload is cut short: part of the link is missing";
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// ── Helpers ─────────────────────────────────────────────────────────────────

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** @example formatBytes(2 * 1024 * 1024) // '2 MB' */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

const fail = <T>(problem: string): GroupParse<T> => ({ ok: false, problems: [problem] });
