import type { VendorEnterprise } from '$lib/vendor/types';
import { loadMunicipalities, pageInstead } from '$lib/server/employer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  const [res, municipalities] = await Promise.all([locals.api.api.office['enterprise-requests'].$get(), loadMunicipalities(locals.api)]);
  if (!res.ok) pageInstead(res, url.pathname);
  setHeaders({ 'cache-control': 'no-store', vary: 'Cookie' });
  const enterprises = (await res.json()).enterprises as unknown as VendorEnterprise[];
  return {
    requests: enterprises.map((e) => {
      const place = municipalities.find((p) => p.id === e.municipalityId);
      return { ...e, municipalityName: place?.name ?? '', timeZone: place?.timeZone ?? 'America/Costa_Rica' };
    }),
  };
};
