import type { CommonMessages } from './common.js';
import { catalogue } from './registry.js';

/** The two words every element shows before it has data: loading, and failing to show anything. */
export interface StatusMessages {
  load: Pick<CommonMessages['load'], 'loading' | 'failed'>;
}

/** Built in; part of the `common` catalogue, which `registerMessages` overrides for both. */
export const STATUS: { ja: StatusMessages; en: StatusMessages } = {
  ja: { load: { loading: 'データを読み込んでいます…', failed: 'この内容を表示できませんでした。データを確認してください。' } },
  en: { load: { loading: 'Loading the data…', failed: 'This content could not be shown. Please check the data.' } },
};

/**
 * The status words for a `lang`, without the rest of the `common` catalogue (problem descriptions
 * and load errors), which a badge with attributes does not need.
 */
export const statusMessages = catalogue<StatusMessages>('common', STATUS);
