import { createRoute, z } from '@hono/zod-openapi';
import { terms, type SearchHit } from '@solidaria/search';
import { errorResponses, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { entriesByIds, essentialSkillsOf } from './by-id';

const querySchema = z.object({
  // Long input is not an error: the engine reads the first words only.
  q: z.string().max(10_000).default(''),
  lang: z.enum(['es', 'en']).default('es'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  ids: z
    .string()
    .regex(/^\d{1,9}(,\d{1,9}){0,59}$/)
    .optional()
    .openapi({ description: 'Up to 60 ids, comma-separated: answers those entries (labels of choices already made) instead of searching' }),
});

const resultSchema = z
  .object({
    results: z.array(
      z.object({
        id: z.number(),
        uri: z.string(),
        iscoCode: z.string().optional(),
        label: z.string().openapi({ description: 'The preferred label in the language asked' }),
        matchedLabel: z.string().openapi({ description: 'The label the query matched (a regional or gendered form, say)' }),
      }),
    ),
  })
  .openapi('TaxonomyResults');

const route = (kind: 'occupations' | 'skills') =>
  createRoute({
    method: 'get',
    path: `/taxonomy/${kind}`,
    summary: `Search-as-you-type over the ${kind} of the taxonomy (ESCO, © European Union)`,
    request: { query: querySchema },
    responses: { 200: { description: `Best-matching ${kind}`, content: jsonContent(resultSchema) }, ...errorResponses },
  });

const langQuery = z.object({ lang: z.enum(['es', 'en']).default('es') });
const essentialSkillsSchema = z
  .object({
    occupation: z.object({ id: z.number(), label: z.string() }),
    skills: z.array(z.object({ id: z.number(), label: z.string() })),
  })
  .openapi('EssentialSkills');

const essentialSkillsRoute = createRoute({
  method: 'get',
  path: '/taxonomy/occupations/{id}/skills',
  summary: 'The essential skills of an occupation (ESCO, © European Union), to suggest to a person who wants that work',
  request: { params: z.object({ id: z.coerce.number().int().positive() }), query: langQuery },
  responses: {
    200: { description: 'The occupation and its essential skills, by label', content: jsonContent(essentialSkillsSchema) },
    404: { description: 'No such occupation' },
    ...errorResponses,
  },
});

const unmark = (text: string) => text.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * The label a person's words matched: the one holding the very words typed (a regional
 * or gendered form) before one matched through a synonym or a typo; the language asked first.
 */
function matchedLabel(hit: SearchHit, lang: 'es' | 'en', typed: readonly string[]): string {
  const other = lang === 'es' ? 'en' : 'es';
  const suffix = (l: string) => l[0]!.toUpperCase() + l.slice(1);
  const fields = [`label${suffix(lang)}`, `altLabels${suffix(lang)}`, `label${suffix(other)}`, `altLabels${suffix(other)}`];
  const marked = fields.flatMap((field) => hit.highlights?.[field]?.split('\n').filter((label) => label.includes('<mark>')) ?? []);
  const markedWords = (label: string) => [...label.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => terms(unmark(m[1] ?? '')));
  const typedHere = marked.find((label) => markedWords(label).some((word) => typed.some((t) => word.startsWith(t))));
  const best = typedHere ?? marked[0];
  return best ? unmark(best) : String(hit.document[`label${suffix(lang)}`]);
}

const idList = (ids: string) => ids.split(',').map(Number);

export function taxonomyRoutes({ search, db }: Services) {
  const answer = (kind: 'occupations' | 'skills') => async (q: string, lang: 'es' | 'en', limit: number) => {
    const result = await search.search(kind, { q, perPage: limit, highlight: q.trim() !== '' });
    return result.hits.map((hit) => ({
      id: hit.document.id,
      uri: String(hit.document.uri),
      ...(typeof hit.document.iscoCode === 'string' ? { iscoCode: hit.document.iscoCode } : {}),
      label: String(hit.document[lang === 'es' ? 'labelEs' : 'labelEn']),
      matchedLabel: matchedLabel(hit, lang, terms(q)),
    }));
  };
  const occupations = answer('occupations');
  const skills = answer('skills');
  return routeGroup()
    .openapi(route('occupations'), async (c) => {
      const { q, lang, limit, ids } = c.req.valid('query');
      c.header('cache-control', 'public, max-age=60');
      return c.json({ results: ids ? await entriesByIds(db, 'occupations', idList(ids), lang) : await occupations(q, lang, limit) }, 200);
    })
    .openapi(route('skills'), async (c) => {
      const { q, lang, limit, ids } = c.req.valid('query');
      c.header('cache-control', 'public, max-age=60');
      return c.json({ results: ids ? await entriesByIds(db, 'skills', idList(ids), lang) : await skills(q, lang, limit) }, 200);
    })
    .openapi(essentialSkillsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const found = await essentialSkillsOf(db, id, c.req.valid('query').lang);
      if (!found) throw new ApiError('NOT_FOUND', 'There is no such occupation.');
      c.header('cache-control', 'public, max-age=60');
      return c.json(found, 200);
    });
}
