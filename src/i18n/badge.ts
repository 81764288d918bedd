import { catalogue } from './registry.js';

/** Words of <achievement-badge>. */
export interface BadgeMessages {
  /** The accessible name of a computed judgment: 「達成率61.3%、未達成」. */
  rated: (rate: string, judgment: string) => string;
  /** A rate without a judgment: 「達成率164.0%」. */
  rateOnly: (rate: string) => string;
  /** A given grade: 「判定C：計画どおりの進捗状況」. */
  grade: (id: string, description: string) => string;
  none: string;
  unreadable: string;
  /** The accessible name of a provisional judgment. */
  provisional: (name: string) => string;
  provisionalMark: string;
  /** The accessible name when the indicator's data has problems besides. */
  withProblems: (name: string, count: number) => string;
  /** A description beside a judgment, in brackets: 「（計画どおりの進捗状況）」, " (as planned)". */
  aside: (text: string) => string;
}

const ja: BadgeMessages = {
  rated: (rate, judgment) => `達成率${rate}、${judgment}`,
  rateOnly: (rate) => `達成率${rate}`,
  grade: (id, description) => (description ? `判定${id}：${description}` : `判定${id}`),
  none: '判定なし',
  unreadable: '値を読み取れません',
  provisional: (name) => `${name}（見込み値・速報値にもとづく暫定）`,
  provisionalMark: '暫定',
  withProblems: (name, count) => `${name}（この指標のデータに${count}件の問題があります）`,
  aside: (text) => `（${text}）`,
};

const en: BadgeMessages = {
  rated: (rate, judgment) => `Achievement rate ${rate}, ${judgment.toLowerCase()}`,
  rateOnly: (rate) => `Achievement rate ${rate}`,
  grade: (id, description) => (description ? `Grade ${id}: ${description}` : `Grade ${id}`),
  none: 'No judgment',
  unreadable: 'Unreadable value',
  provisional: (name) => `${name} (provisional: based on an estimate or preliminary figure)`,
  provisionalMark: 'provisional',
  withProblems: (name, count) => `${name} (the indicator's data has ${new Intl.PluralRules('en').select(count) === 'one' ? `${count} problem` : `${count} problems`})`,
  aside: (text) => ` (${text})`,
};

/** The words of <achievement-badge> for a `lang` (see `registerMessages`). */
export const badgeMessages = catalogue<BadgeMessages>('badge', { ja, en });
