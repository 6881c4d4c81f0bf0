/** The evaluation as Markdown: figures per set, then every miss and every false proposal, for review. */
import type { RelationScore, StatementScore } from './score.js';

export interface SetReport {
  name: string;
  articles: number;
  facts: number;
  relations: RelationScore;
  statements: StatementScore;
  msPerArticle: number;
  proposeMsPerArticle: number;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderReport(sets: readonly SetReport[]): string {
  const lines = [
    '# Extraction evaluation',
    '',
    'Written by `npm run eval:extraction` (scripts/eval/). Relations: type and both ends (MET and COOPERATES_WITH',
    'in either direction); recall counts each (relation, article) pair of the reference; precision counts a',
    'proposal right when the reference has the relation (strict: stated in that article). Statements: same',
    'article and speaker, quotes overlapping by at least half of the shorter one.',
    '',
    '| set | relations P | strict P | relations R | statements P | statements R | facts proposed | analysis ms/article | propose ms/article |',
    '|---|---|---|---|---|---|---|---|---|',
    ...sets.map(
      (s) =>
        `| ${s.name} | ${String(s.relations.precision)} (${String(s.relations.correct)}/${String(s.relations.proposed)}) | ${String(s.relations.strictPrecision)} | ${String(s.relations.recall)} (${String(s.relations.found)}/${String(s.relations.expected)}) | ${String(s.statements.precision)} (${String(s.statements.correct)}/${String(s.statements.proposed)}) | ${String(s.statements.recall)} (${String(s.statements.found)}/${String(s.statements.expected)}) | ${String(s.facts)} | ${s.msPerArticle.toFixed(1)} | ${s.proposeMsPerArticle.toFixed(1)} |`,
    ),
  ];
  for (const s of sets) {
    lines.push(
      '',
      `## ${s.name}`,
      '',
      '### Relations by rule',
      '',
      '| rule | proposed | correct |',
      '|---|---|---|',
    );
    for (const [rule, r] of Object.entries(s.relations.byRule).sort()) {
      lines.push(`| ${rule} | ${String(r.proposed)} | ${String(r.correct)} |`);
    }
    lines.push(
      '',
      '### False relation proposals',
      '',
      '| article | type | subject | object | rule | evidence |',
      '|---|---|---|---|---|---|',
    );
    for (const f of s.relations.falseProposals) {
      lines.push(
        `| ${f.article} | ${f.type} | ${cell(f.subject)} | ${cell(f.object)} | ${f.rule} | ${cell(f.quote)} |`,
      );
    }
    lines.push(
      '',
      '### Missed relations',
      '',
      '| article | type | subject | object | reference quote |',
      '|---|---|---|---|---|',
    );
    for (const m of s.relations.misses) {
      lines.push(`| ${m.article} | ${m.type} | ${m.subject} | ${m.object} | ${cell(m.quote)} |`);
    }
    lines.push(
      '',
      '### False statement proposals',
      '',
      '| article | speaker | rule | quote |',
      '|---|---|---|---|',
    );
    for (const f of s.statements.falseProposals)
      lines.push(`| ${f.article} | ${cell(f.speaker)} | ${f.rule} | ${cell(f.quote)} |`);
    lines.push('', '### Missed statements', '', '| article | speaker | quote |', '|---|---|---|');
    for (const m of s.statements.misses) lines.push(`| ${m.article} | ${m.speaker} | ${cell(m.quote)} |`);
  }
  return `${lines.join('\n')}\n`;
}
