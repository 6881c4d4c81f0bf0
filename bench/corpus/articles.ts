import type { Faker } from '@faker-js/faker';
import type { EntityKind } from '../../src/graph/relation-types.js';
import { relationId } from '../../src/graphql/mutation/relation.js';
import { nameKey } from '../../src/ingest/names.js';
import { articleIdOf, contentHashOf } from '../../src/ingest/parse.js';
import { candidateId } from '../../src/ingest/pipeline.js';
import { sentenceIndexAt, splitSentences, type Sentence } from '../../src/ingest/sentences.js';
import type {
  ArticleRecord,
  CandidateRecord,
  EvidenceRecord,
  FactRecord,
  MentionRecord,
  RelationRecord,
  StatementRecord,
} from '../../src/ingest/write.js';
import type { EntitiesByKind, SyntheticEntity } from './entities.js';
import type { Zipf } from './random.js';
import { FREQUENCIES, HEADLINES, MONTHS, ROLES, TEMPLATES, type Template } from './templates.js';

/** Everything one synthetic article contributes to the graph, in the write stage's own records. */
export interface SyntheticArticle {
  article: ArticleRecord;
  mentions: MentionRecord[];
  candidates: CandidateRecord[];
  relations: RelationRecord[];
  facts: FactRecord[];
  statements: StatementRecord[];
}

export type Samplers = Record<EntityKind, Zipf>;

interface PlannedSentence {
  template: Template;
  entities: SyntheticEntity[];
}

const TOTAL_WEIGHT = TEMPLATES.reduce((n, t) => n + t.weight, 0);

function pickTemplate(u: number): Template {
  let x = u * TOTAL_WEIGHT;
  for (const t of TEMPLATES) {
    if (x < t.weight) return t;
    x -= t.weight;
  }
  return TEMPLATES[TEMPLATES.length - 1] as Template;
}

/**
 * Which sentences an article has and whom they name: about 20 mentions, entities drawn by popularity (Zipf per
 * kind), never the same entity twice in one sentence.
 */
export function planArticle(f: Faker, entities: EntitiesByKind, samplers: Samplers): PlannedSentence[] {
  const target = f.number.int({ min: 14, max: 26 });
  const plan: PlannedSentence[] = [];
  let mentions = 0;
  while (mentions < target) {
    const template = pickTemplate(f.number.float());
    const chosen: SyntheticEntity[] = [];
    for (const kind of template.slots) {
      const list = entities[kind];
      let pick = list[samplers[kind].draw(f.number.float())];
      for (let retry = 0; pick && chosen.includes(pick) && retry < 5; retry += 1) {
        pick = list[samplers[kind].draw(f.number.float())];
      }
      if (!pick || chosen.includes(pick)) break;
      chosen.push(pick);
    }
    if (chosen.length !== template.slots.length) continue;
    plan.push({ template, entities: chosen });
    mentions += chosen.length;
  }
  return plan;
}

interface Placed {
  entity: SyntheticEntity;
  start: number;
  end: number;
  surface: string;
}

interface RenderedSentence {
  text: string;
  start: number;
  placed: Placed[];
  time: Record<string, string>;
  precision: string | null;
  role: string | null;
  freq: string | null;
  candidate: { name: string; start: number } | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Fills one template in; offsets are relative to the sentence until the article places it. */
function renderSentence(f: Faker, planned: PlannedSentence): RenderedSentence {
  const out: RenderedSentence = {
    text: '',
    start: 0,
    placed: [],
    time: {},
    precision: null,
    role: null,
    freq: null,
    candidate: null,
  };
  for (const part of planned.template.text.split(/(\{[a-z0-9]+\})/)) {
    const slot = /^\{(\d)\}$/.exec(part);
    if (slot) {
      const entity = planned.entities[Number(slot[1])];
      if (!entity) continue;
      const acronym = entity.record.aliases[1];
      const surface =
        entity.record.kind === 'Organisation' && acronym && f.number.float() < 0.2
          ? acronym
          : entity.record.name;
      out.placed.push({ entity, start: out.text.length, end: out.text.length + surface.length, surface });
      out.text += surface;
    } else if (part === '{date}') {
      const d = f.date.between({ from: '2012-01-01', to: '2025-12-31' });
      out.time = { at: d.toISOString().slice(0, 10) };
      out.precision = 'day';
      out.text += `on ${MONTHS[d.getUTCMonth()] ?? ''} ${String(d.getUTCDate())}, ${String(d.getUTCFullYear())}`;
    } else if (part === '{month}') {
      const y = f.number.int({ min: 2012, max: 2025 });
      const m = f.number.int({ min: 1, max: 12 });
      out.time = { at: `${String(y)}-${pad(m)}` };
      out.precision = 'month';
      out.text += `in ${MONTHS[m - 1] ?? ''} ${String(y)}`;
    } else if (part === '{since}') {
      const y = f.number.int({ min: 2000, max: 2024 });
      out.time = { start: String(y) };
      out.precision = 'year';
      out.text += String(y);
    } else if (part === '{role}') {
      out.role = f.helpers.arrayElement(ROLES);
      out.text += out.role;
    } else if (part === '{freq}') {
      out.freq = f.helpers.arrayElement(FREQUENCIES);
      out.text += out.freq;
    } else if (part === '{cand}') {
      const name = `${f.person.firstName()} ${f.person.lastName()}`;
      out.candidate = { name, start: out.text.length };
      out.text += name;
    } else {
      out.text += part;
    }
  }
  return out;
}

const slugOfValue = (value: string): string => value.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/**
 * Article `index` of the corpus: its text (paragraphs of two or three sentences), its metadata and every
 * mention, relationship with evidence, statement, disputed value and unknown name in it, with offsets into
 * the text and sentences as the ingestion splitter finds them.
 */
export function renderArticle(
  f: Faker,
  index: number,
  seed: number,
  plan: readonly PlannedSentence[],
  outlets: readonly string[],
): SyntheticArticle {
  const rendered = plan.map((p) => renderSentence(f, p));
  let text = '';
  rendered.forEach((s, i) => {
    if (i > 0) text += i % 3 === 0 ? '\n\n' : ' ';
    s.start = text.length;
    text += s.text;
  });
  const sentences = splitSentences(text);
  const contentHash = contentHashOf(text);
  const lead = plan.find((p) => p.entities.length > 0)?.entities[0];
  const published = f.number.float() < 0.03 ? null : f.date.between({ from: '2012-01-01', to: '2025-12-31' });
  const article: ArticleRecord = {
    id: articleIdOf(contentHash),
    contentHash,
    title: `${lead?.record.name ?? 'Transport'}: ${f.helpers.arrayElement(HEADLINES)}`,
    outlet: outlets[Math.min(outlets.length - 1, Math.floor(f.number.float() ** 2 * outlets.length))] ?? null,
    author: `${f.person.firstName()} ${f.person.lastName()}`,
    publishedAt: published ? published.toISOString().slice(0, 10) : null,
    url: `https://news.example/${String(seed)}/${String(index)}`,
    source: `synthetic-${String(seed)}-${String(index).padStart(6, '0')}.txt`,
    text,
  };

  const sentenceAt = (offset: number): Sentence => {
    const s = sentences[sentenceIndexAt(sentences, offset)];
    if (!s) throw new Error(`no sentence at ${String(offset)} in synthetic article ${String(index)}`);
    return s;
  };
  const evidenceOf = (quoteStart: number, quoteEnd: number): EvidenceRecord => {
    const sentence = sentenceAt(quoteStart);
    return {
      articleId: article.id,
      quote: text.slice(quoteStart, quoteEnd),
      start: quoteStart,
      end: quoteEnd,
      sentence: sentence.text,
      sentenceIndex: sentence.index,
      sentenceStart: sentence.start,
    };
  };

  const out: SyntheticArticle = {
    article,
    mentions: [],
    candidates: [],
    relations: [],
    facts: [],
    statements: [],
  };
  rendered.forEach((s, i) => {
    const planned = plan[i];
    if (!planned) return;
    for (const p of s.placed) {
      const start = s.start + p.start;
      const sentence = sentenceAt(start);
      out.mentions.push({
        entityId: p.entity.record.id,
        via: 'name',
        surface: p.surface,
        start,
        end: s.start + p.end,
        sentence: sentence.text,
        sentenceIndex: sentence.index,
        sentenceStart: sentence.start,
      });
    }
    const { relation, statement, fact } = planned.template;
    if (relation) {
      const subject = planned.entities[relation.subject]?.record;
      const object = planned.entities[relation.object]?.record;
      if (subject && object) {
        const props = {
          ...s.time,
          ...(s.precision ? { precision: s.precision } : {}),
          ...(s.role ? { role: s.role } : {}),
        };
        out.relations.push({
          id: relationId(relation.type, subject.id, object.id, s.role, s.time),
          type: relation.type,
          from: subject.id,
          to: object.id,
          props,
          evidence: [evidenceOf(s.start, s.start + s.text.length)],
        });
      }
    }
    if (statement) {
      const speaker = planned.entities[statement.speaker]?.record;
      const open = s.text.indexOf('“');
      const close = s.text.indexOf('”');
      if (speaker && open >= 0 && close > open) {
        const start = s.start + open + 1;
        const end = s.start + close;
        const sentence = sentenceAt(start);
        out.statements.push({
          id: `stmt/${article.id.slice('article/'.length)}/${String(i)}`,
          speakerId: speaker.id,
          about: planned.entities.filter((_, k) => k !== statement.speaker).map((e) => e.record.id),
          articleId: article.id,
          quote: text.slice(start, end),
          sentence: sentence.text,
          start,
          end,
          date: article.publishedAt,
          precision: article.publishedAt ? 'day' : null,
        });
      }
    }
    if (fact && s.freq) {
      const subject = planned.entities[fact.subject]?.record;
      if (subject) {
        const at = s.text.indexOf(s.freq);
        out.facts.push({
          id: `fact/${subject.id.replace(/\//g, '-')}/${fact.property}/${slugOfValue(s.freq)}`,
          subjectId: subject.id,
          property: fact.property,
          value: s.freq,
          valueText: s.freq,
          precision: null,
          evidence: [evidenceOf(s.start + at, s.start + at + s.freq.length)],
        });
      }
    }
    if (s.candidate) {
      const key = nameKey(s.candidate.name);
      const start = s.start + s.candidate.start;
      const sentence = sentenceAt(start);
      out.candidates.push({
        id: candidateId(key),
        key,
        name: s.candidate.name,
        kindGuess: 'Person',
        category: 'person',
        variants: [s.candidate.name],
        aliasOfId: null,
        aliasReason: null,
        start,
        end: start + s.candidate.name.length,
        sentence: sentence.text,
        sentenceIndex: sentence.index,
      });
    }
  });
  return out;
}
