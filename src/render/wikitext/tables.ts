import type { Element } from 'hast';
import type { AstNodes, TableToken, TdToken, TrToken } from 'wikiparser-node';
import type { RenderState } from '../state.ts';
import { renderBlocks, renderInline } from './blocks.ts';
import { tableElement } from './html-tags.ts';

/**
 * A wikitable as MediaWiki renders it: `<table>` with its attributes, an optional `<caption>`, and a
 * `<tbody>` of rows; cells before the first `|-` form the first row, rows without cells are dropped, cell
 * attributes (class, style, rowspan, colspan) are kept for the sanitiser, and cell content is rendered as
 * wikitext (lists, nested tables...).
 */
export function renderTable(token: TableToken, state: RenderState): Element {
	const table = tableElement('table', token);
	const rows: Element[] = [];
	let first: Element | undefined;
	for (const child of token.childNodes) {
		if (child.type === 'td') {
			const cell = child as TdToken;
			if (cell.subtype === 'caption') {
				if (!table.children.some((c) => c.type === 'element' && c.tagName === 'caption'))
					table.children.push(renderCaption(cell, state));
				continue;
			}
			first ??= { type: 'element', tagName: 'tr', properties: {}, children: [] };
			first.children.push(renderCell(cell, cell.subtype, state));
		} else if (child.type === 'tr') {
			const row = renderRow(child as TrToken, state);
			if (row) rows.push(row);
		}
	}
	if (first) rows.unshift(first);
	if (rows.length > 0) table.children.push({ type: 'element', tagName: 'tbody', properties: {}, children: rows });
	return table;
}

function renderRow(token: TrToken, state: RenderState): Element | undefined {
	const cells = token.childNodes.filter((c): c is TdToken => c.type === 'td' && (c as TdToken).subtype !== 'caption');
	if (cells.length === 0) return undefined;
	const row = tableElement('tr', token);
	row.children = cells.map((cell) => renderCell(cell, cell.subtype, state));
	return row;
}

/** A caption is one run of text (MediaWiki joins its lines), the first of several kept (HTML allows one). */
function renderCaption(token: TdToken, state: RenderState): Element {
	const caption = tableElement('caption', token);
	const inner = token.childNodes.find((c: AstNodes) => c.type === 'td-inner');
	caption.children = inner ? renderInline(inner.childNodes, state, true) : [];
	return caption;
}

function renderCell(token: TdToken, tagName: string, state: RenderState): Element {
	const cell = tableElement(tagName, token);
	const inner = token.childNodes.find((c: AstNodes) => c.type === 'td-inner');
	cell.children = inner ? renderBlocks(inner.childNodes, state, { cell: true }) : [];
	return cell;
}
