// The compact graph (nodes and edges) the graph view loads.
import { siteModel } from '../../server/views.ts';

/** `GET /graph/data.json`. */
export async function GET(): Promise<Response> {
	return new Response(JSON.stringify((await siteModel()).graph), { headers: { 'Content-Type': 'application/json' } });
}
