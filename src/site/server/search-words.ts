import { vocabularyOf } from '../../search/index.ts';
import { SEARCH_WORDS_PATH } from '../view/search-meta.ts';
import type { SiteData } from './site-data.ts';
import { searchDocumentsOf } from './views.ts';

export { SEARCH_WORDS_PATH };

/** The text of the words file of a run's pages (see `SEARCH_WORDS_PATH`). */
export function searchWordsText(data: SiteData): string {
	return `${JSON.stringify(vocabularyOf([...searchDocumentsOf(data).values()]))}\n`;
}
