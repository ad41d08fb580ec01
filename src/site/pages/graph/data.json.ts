// The compact graph (nodes and edges) the graph view loads.
import { getCollection } from 'astro:content';

/** `GET /graph/data.json`. */
export async function GET(): Promise<Response> {
	const [entry] = await getCollection('graph');
	return new Response(JSON.stringify(entry?.data ?? { nodes: [], edges: [] }), { headers: { 'Content-Type': 'application/json' } });
}
