import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleAssignment, sampleReport } from '../../../tests/fixtures/group-documents';
import { makePack, makeQuestion } from '../../../tests/fixtures/questions';
import {
  assignmentFileName,
  assignmentLink,
  assignmentPayload,
  decodeAssignmentLink,
  NOT_AN_ASSIGNMENT_LINK,
  fromBase64Url,
  inflateCapped,
  parseGroupFile,
  reportFileName,
  serializeGroupDocument,
  slugOf,
  toBase64Url,
} from './group-codec';
import { GROUP_CAPS, LINK_PAYLOAD_CHARS, type Assignment } from './group-schema';

const base = 'https://bastion.example/app/';
const payloadOfJson = (value: unknown) => toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(value))));

function problemsOf(result: { ok: boolean; problems?: string[] }): string[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.problems!;
}

/* eslint-disable no-control-regex -- the generators strip exactly the characters the schema refuses */
/** Any valid assignment: random texts, keys and numbers within the caps. */
const anyAssignment: fc.Arbitrary<Assignment> = (() => {
  const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
  const slug = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join('-'));
  const key = fc.tuple(slug, fc.option(slug, { nil: undefined })).map(([a, b]) => (b ? `${a}:${b}` : a));
  const text = (max: number) =>
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: max })
      .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '').trim())
      .filter((s) => s.length > 0);
  const day = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  return fc
    .record({
      kind: fc.constant('bastion-assignment' as const),
      version: fc.constant(1 as const),
      id: slug.filter((s) => s.length >= 4),
      createdAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
      group: fc.record({
        id: slug.map((s) => `grp-${s}`),
        name: text(GROUP_CAPS.groupName),
        members: fc.uniqueArray(text(GROUP_CAPS.memberName), { maxLength: 8, selector: (m) => m.toLocaleLowerCase('en') }),
      }),
      title: text(GROUP_CAPS.title),
      exam: fc.constant('cissp' as const),
      selection: fc.oneof(
        fc.record({
          mode: fc.constant('filter' as const),
          domains: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 8 }),
          objectives: fc.constant([]),
          tags: fc.constant(['prompt-injection']),
        }),
        fc.constant({ mode: 'keys' as const }),
      ),
      questionKeys: fc.uniqueArray(key, { minLength: 1, maxLength: 60 }),
      domains: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 8 }),
      dueDate: day,
      targetAccuracy: fc.integer({ min: 1, max: 100 }),
      note: fc.option(
        fc.string({ maxLength: 200 }).map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')),
        { nil: undefined },
      ),
    })
    .map((a) => (a.note === undefined ? (({ note: _n, ...rest }) => rest)(a) : a) as Assignment);
})();

/* eslint-enable no-control-regex */

describe('assignment links', () => {
  it('round-trip: assignment → link → the identical assignment', () => {
    const assignment = sampleAssignment();
    const link = assignmentLink(assignment, base);
    expect(link.startsWith(`${base}group/join#a=`)).toBe(true);
    expect(link).toMatch(/^[^?]*$/); // nothing in the query: the payload never reaches a server
    expect(decodeAssignmentLink(link)).toEqual({ ok: true, value: assignment });
    expect(decodeAssignmentLink(`#a=${assignmentPayload(assignment)}`)).toEqual({ ok: true, value: assignment });
    expect(decodeAssignmentLink(assignmentPayload(assignment))).toEqual({ ok: true, value: assignment });
    expect(decodeAssignmentLink(`https://x.example/#/group/join?a=${assignmentPayload(assignment)}`)).toEqual({
      ok: true,
      value: assignment,
    });
  });

  it('round-trip any valid assignment (property)', () => {
    fc.assert(
      fc.property(anyAssignment, (assignment) => {
        expect(decodeAssignmentLink(assignmentLink(assignment, base))).toEqual({ ok: true, value: assignment });
      }),
      { numRuns: 300 },
    );
  });

  it('ignores spaces and line breaks a mail client inserted', () => {
    const link = assignmentLink(sampleAssignment(), base);
    const wrapped = link.replace(/(.{40})/g, '$1\n ');
    expect(decodeAssignmentLink(wrapped).ok).toBe(true);
  });

  it('stays short: 40 bundled-style keys fit well under the share cap', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `d${(i % 8) + 1}-topic-${String(i).padStart(3, '0')}`);
    const link = assignmentLink(sampleAssignment({ questionKeys: keys }), base);
    expect(link.length).toBeLessThan(GROUP_CAPS.shareLinkChars);
  });

  it('refuses a link with no payload, bad characters, a cut, a newer version or the wrong kind, saying what', () => {
    const payload = assignmentPayload(sampleAssignment());
    expect(problemsOf(decodeAssignmentLink(`${base}group/join`))).toEqual([
      'the link holds no assignment: nothing follows "#a=" (was only part of it copied?)',
    ]);
    expect(problemsOf(decodeAssignmentLink(`#a=${payload.slice(0, 10)}%21${payload.slice(10)}`))[0]).toBe(
      `the link's payload has a character that cannot be in it ("%" at position 11): was the link changed?`,
    );
    expect(problemsOf(decodeAssignmentLink(`#a=${payload.slice(0, payload.length - 20)}`))[0]).toMatch(
      /^the link's payload (is damaged or cut short|is cut short)/,
    );
    expect(problemsOf(decodeAssignmentLink(`#a=${payloadOfJson({ ...sampleAssignment(), version: 3 })}`))).toEqual([
      'this assignment was made by a newer Bastion (format version 3; this app reads up to 2): update Bastion, then open it again',
    ]);
    expect(problemsOf(decodeAssignmentLink(`#a=${payloadOfJson(sampleReport())}`))).toEqual([
      "this is a member's progress report (kind 'bastion-report'), not an assignment",
    ]);
    expect(problemsOf(decodeAssignmentLink(`#a=${toBase64Url(new TextEncoder().encode('hello'))}`))[0]).toMatch(
      /^the link's payload is damaged or cut short \(/,
    );
    expect(problemsOf(decodeAssignmentLink(`#a=${toBase64Url(deflateSync(new TextEncoder().encode('{"kind":')))}`))[0]).toMatch(
      /^the link's payload is damaged: it unpacks to something that is not JSON/,
    );
  });

  it('says plainly that text which is no assignment link is not one, and keeps the precise reasons for a damaged link', () => {
    for (const text of ['hello', 'http://example.com/foo', 'https://example.com/page#top', 'see you at 10.30', 'supercalifragilistic']) {
      expect(problemsOf(decodeAssignmentLink(text))).toEqual([NOT_AN_ASSIGNMENT_LINK]);
    }
    expect(NOT_AN_ASSIGNMENT_LINK).toMatch(/^this is not a Bastion assignment link, which looks like “…\/group\/join#a=” /);
    // Bastion's own link, cut or damaged: the reason says what happened to it.
    const payload = assignmentPayload(sampleAssignment());
    expect(problemsOf(decodeAssignmentLink(`${base}group/join#a=`))).toEqual([
      'the link holds no assignment: nothing follows "#a=" (was only part of it copied?)',
    ]);
    expect(problemsOf(decodeAssignmentLink(`${base}group/join#a=hello`))).toEqual([
      "the link's payload is cut short: part of the link is missing",
    ]);
    expect(problemsOf(decodeAssignmentLink(`a=${payload.slice(0, 40)}`))[0]).toMatch(
      /^the link's payload (is damaged or cut short|is cut short)/,
    );
    // A bare payload that unpacks to JSON is one, and gets the schema's reasons.
    expect(problemsOf(decodeAssignmentLink(payloadOfJson(sampleReport())))).toEqual([
      "this is a member's progress report (kind 'bastion-report'), not an assignment",
    ]);
  });

  it('names the field and the expected form of a bad question key', () => {
    const keys = ['d5-iam-001', 'd5-iam-002', 'd5-iam-003', 'Not A Key!'];
    expect(problemsOf(decodeAssignmentLink(`#a=${payloadOfJson({ ...sampleAssignment(), questionKeys: keys })}`))).toEqual([
      "the assignment's question 4 ('Not A Key!') must be a question key like 'd1-ethics-001' or 'my-pack:q-012'",
    ]);
  });

  it('refuses an over-long payload before decoding it, and a zip bomb while unpacking it', () => {
    const long = 'A'.repeat(LINK_PAYLOAD_CHARS + 1);
    expect(problemsOf(decodeAssignmentLink(`#a=${long}`))[0]).toMatch(
      /^the link's payload is 10,924 characters, more than a link can carry \(10,923\)/,
    );
    const bomb = toBase64Url(deflateSync(new Uint8Array(8_000_000), { level: 9 }));
    expect(bomb.length).toBeLessThan(LINK_PAYLOAD_CHARS);
    const started = performance.now();
    expect(problemsOf(decodeAssignmentLink(`#a=${bomb}`))).toEqual([
      "the link's payload unpacks to more than 200 KB, which no assignment needs: it is not a Bastion link",
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('never throws on random text, and always says why it refused (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.base64String({ maxLength: 400 })),
        (input) => {
          const result = decodeAssignmentLink(input);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) expect(typeof p).toBe('string');
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on a mutated valid payload: cut, flipped, spliced or repeated (fuzz)', () => {
    const payload = assignmentPayload(sampleAssignment());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const mutation = fc.oneof(
      fc.nat(payload.length - 1).map((end) => payload.slice(0, end)),
      fc.tuple(fc.nat(payload.length - 1), fc.constantFrom(...alphabet)).map(([at, c]) => payload.slice(0, at) + c + payload.slice(at + 1)),
      fc.tuple(fc.nat(payload.length - 1), fc.string({ maxLength: 8 })).map(([at, s]) => payload.slice(0, at) + s + payload.slice(at)),
      fc.integer({ min: 2, max: 200 }).map((n) => payload.repeat(n)),
    );
    fc.assert(
      fc.property(mutation, (mutated) => {
        const result = decodeAssignmentLink(`#a=${mutated}`);
        if (result.ok) expect(result.value.kind).toBe('bastion-assignment');
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('group files', () => {
  it('round-trip: assignment → file → the identical assignment, and the same for a report', () => {
    const assignment = sampleAssignment();
    expect(parseGroupFile(serializeGroupDocument(assignment), 'bastion-assignment')).toEqual({ ok: true, value: assignment });
    const report = sampleReport();
    expect(parseGroupFile(serializeGroupDocument(report), 'bastion-report')).toEqual({ ok: true, value: report });
    fc.assert(
      fc.property(anyAssignment, (a) => {
        expect(parseGroupFile(serializeGroupDocument(a), 'bastion-assignment')).toEqual({ ok: true, value: a });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a cut, empty, oversized, wrong-kind or newer file, saying what and where', () => {
    const text = serializeGroupDocument(sampleAssignment());
    expect(problemsOf(parseGroupFile(text.slice(0, 100), 'bastion-assignment'))[0]).toMatch(/^the file is truncated or not JSON: /);
    expect(problemsOf(parseGroupFile(' \n', 'bastion-assignment'))).toEqual(['the file is empty']);
    expect(problemsOf(parseGroupFile(`${text}${' '.repeat(GROUP_CAPS.fileBytes)}`, 'bastion-assignment'))[0]).toMatch(
      /^the file is 2 MB, more than a group file can be \(2 MB\)$/,
    );
    expect(problemsOf(parseGroupFile(text, 'bastion-report'))).toEqual([
      "this is an assignment (kind 'bastion-assignment'), not a member's progress report",
    ]);
    expect(problemsOf(parseGroupFile(text.replace('"version": 1', '"version": 7'), 'bastion-assignment'))).toEqual([
      'this assignment was made by a newer Bastion (format version 7; this app reads up to 2): update Bastion, then open it again',
    ]);
    expect(problemsOf(parseGroupFile('{"format":"bastion-backup","version":1}', 'bastion-report'))).toEqual([
      "this is a Bastion backup, not a member's progress report: import backups in Settings",
    ]);
    expect(problemsOf(parseGroupFile('[1,2]', 'bastion-report'))).toEqual([
      "this is not a member's progress report: it holds a list, not an object",
    ]);
  });

  it('reports every problem of a damaged report at its field', () => {
    const report = sampleReport();
    const [a] = report.assignments;
    const bad = {
      ...report,
      member: ' Ana',
      extra: 1,
      assignments: [{ ...a, done: 9, correct: 10, byDomain: [{ domain: 9, done: 3, correct: 4 }] }],
    };
    expect(problemsOf(parseGroupFile(JSON.stringify(bad), 'bastion-report'))).toEqual([
      "the report's member name must not start or end with spaces",
      "the report's assignment 1 (“Week 3: identity and access”), result for domain 9: domain must be at most 8",
      "the report's assignment 1 (“Week 3: identity and access”): done (9) is more than its total (4)",
      "the report's assignment 1 (“Week 3: identity and access”): correct (10) is more than done (9)",
      "the report's assignment 1 (“Week 3: identity and access”), result for domain 9: correct (4) is more than done (3)",
      "the report has an unknown field 'extra'",
    ]);
  });

  it('never throws on random or mutated file text (fuzz)', () => {
    const text = serializeGroupDocument(
      sampleReport({ includesHistory: true, assignments: sampleReport().assignments.map((a) => ({ ...a, history: [] })) }),
    );
    const mutation = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json(),
      fc.nat(text.length - 1).map((end) => text.slice(0, end)),
      fc
        .tuple(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, c]) => text.slice(0, at) + c + text.slice(at + 1)),
      fc.jsonValue().map((v) => JSON.stringify({ ...JSON.parse(text), assignments: [v] })),
      fc.jsonValue().map((v) => JSON.stringify({ ...JSON.parse(text), version: v })),
    );
    const pathLike = /\[\d+\]|\b(?:report|assignment)\.[a-z]/;
    // The inputs runs of 150,000 found against the old check, kept as examples.
    const fieldNamedLikeAPath = JSON.stringify({ ...JSON.parse(text), assignments: [{ '[0]': 0 }] });
    fc.assert(
      fc.property(mutation, fc.constantFrom('bastion-report' as const, 'bastion-assignment' as const), (input, kind) => {
        const result = parseGroupFile(input, kind);
        if (result.ok) expect(result.value.kind).toBe(kind);
        else
          for (const problem of result.problems) {
            expect(problem.length).toBeGreaterThan(0);
            // In words, never a path: no "[0]", no "report.assignments", unless the file itself has
            // such text, which a message may quote (an unknown field named “[0]”).
            if (!pathLike.test(input)) expect(problem).not.toMatch(pathLike);
          }
      }),
      {
        numRuns: 3000,
        examples: [
          [fieldNamedLikeAPath, 'bastion-report'],
          [':[0]', 'bastion-report'],
        ],
      },
    );
  });

  it('names files from titles and names', () => {
    expect(assignmentFileName({ title: 'Week 3: Identity & Access' })).toBe('week-3-identity-access.bastion.json');
    expect(reportFileName('Chloé Martin', 'ML platform')).toBe('chloe-martin-ml-platform.bastion-report.json');
    expect(slugOf('!!!')).toBe('untitled');
  });
});

describe('base64url and capped inflate', () => {
  it('round-trip any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('inflates within the cap and stops past it', () => {
    const data = new Uint8Array(5000).fill(7);
    expect(inflateCapped(deflateSync(data), 5000)).toEqual(data);
    expect(inflateCapped(deflateSync(data), 4999)).toMatch(/unpacks to more than/);
    expect(inflateCapped(new Uint8Array(), 10)).toBe("the link's payload is empty");
  });
});

describe('assignments that carry a pack', () => {
  const question = (id: string) => makeQuestion({ id, domain: 5, objective: '5.2', tags: ['access-control'] });
  const withPack = (overrides: Partial<Assignment> = {}): Assignment =>
    sampleAssignment({
      version: 2,
      questionKeys: ['d5-iam-001', 'team-misses:q-1', 'team-misses:q-2'],
      pack: makePack('team-misses', [question('q-1'), question('q-2')]),
      ...overrides,
    });

  it('round-trips through a file and a link, questions and all', () => {
    const assignment = withPack();
    expect(parseGroupFile(serializeGroupDocument(assignment), 'bastion-assignment')).toEqual({ ok: true, value: assignment });
    expect(decodeAssignmentLink(assignmentLink(assignment, base))).toEqual({ ok: true, value: assignment });
  });

  it('refuses a pack on a version-1 document, a reserved pack id, a question that is not one of the keys, and a bad item', () => {
    expect(problemsOf(parseGroupFile(serializeGroupDocument(withPack({ version: 1 })), 'bastion-assignment'))).toEqual([
      "the assignment's version must be 2 for an assignment that carries a pack",
    ]);
    const reserved = withPack({
      questionKeys: ['my-questions:q-1'],
      pack: makePack('my-questions', [question('q-1')]),
    });
    expect(problemsOf(parseGroupFile(serializeGroupDocument(reserved), 'bastion-assignment'))).toEqual([
      "the assignment's pack id: 'my-questions' is kept for Bastion's own packs and cannot travel with an assignment",
    ]);
    const stray = withPack({ questionKeys: ['d5-iam-001', 'team-misses:q-1'] });
    expect(problemsOf(parseGroupFile(serializeGroupDocument(stray), 'bastion-assignment'))).toEqual([
      "the assignment's pack question 2 ('q-2'): it is not one of the assignment's questions ('team-misses:q-2' is not in its list of questions)",
    ]);
    const badItem = withPack({ pack: makePack('team-misses', [question('q-1'), { ...question('q-2'), objective: '3.6' }]) });
    expect(problemsOf(parseGroupFile(serializeGroupDocument(badItem), 'bastion-assignment'))).toEqual([
      "the assignment's pack question 2 ('q-2'), objective: objective 3.6 is not in CISSP domain 5",
    ]);
  });
});
