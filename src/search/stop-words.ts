/**
 * English words that carry no topic in a question ("how do I pick the rank"). They are dropped from queries
 * and from the index: with ranked any-word matching they would only add noise, and they make up most of a
 * natural question. Kept on purpose, because they carry meaning in ML text: `not`, `no`, `off`, `only`,
 * `first`, `last`, `before`, `after`, `over`, `under`, `up`, `down`, `out` (as in "scale up", "out of memory"
 * expands through the synonym table before stop words are removed), `same`, `new`, `old`, numbers.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'a', 'about', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'being', 'but', 'by', 'can', 'could',
	'did', 'do', 'does', 'doing', 'done', 'each', 'else', 'for', 'from', 'get', 'gets', 'got', 'had', 'has', 'have',
	'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself',
	'just', 'let', 'lets', 'like', 'me', 'might', 'mine', 'more', 'most', 'much', 'must', 'my', 'myself', 'now', 'of',
	'on', 'one', 'or', 'other', 'our', 'ours', 'own', 'please', 'put', 'really', 'she', 'should', 'so', 'some',
	'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'then', 'there', 'these', 'they', 'thing', 'things',
	'this', 'those', 'to', 'too', 'us', 'use', 'used', 'using', 'very', 'via', 'want', 'was', 'way', 'we', 'were',
	'what', 'whats', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your',
	'yours', 'dont', 'doesnt', 'isnt', 'im', 'ive', 'id', 'ill', 'youre', 'cant', 'wont',
]);
