import { Client } from 'pg';

export interface SeededOrg {
  orgId: string;
  programId: string;
  siteIds: Record<string, string>;
}

/** A small hand-built organisation for API tests. */
export async function seedOrg(
  client: Client,
  slug: string,
  sites: { code: string; name: string; city: string; country: string; timeZone: string; region?: string }[],
): Promise<SeededOrg> {
  const org = await client.query(`INSERT INTO organization (slug, name) VALUES ($1, $2) RETURNING id`, [slug, `${slug} Inc`]);
  const orgId = org.rows[0].id as string;
  const program = await client.query(`INSERT INTO program (org_id, code, name) VALUES ($1, 'MAIN', 'Main program') RETURNING id`, [orgId]);
  const siteIds: Record<string, string> = {};
  for (const s of sites) {
    const r = await client.query(
      `INSERT INTO site (org_id, code, name, city, country, region, time_zone) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
      [orgId, s.code, s.name, s.city, s.country, s.region ?? null, s.timeZone],
    );
    siteIds[s.code] = r.rows[0].id;
  }
  return { orgId, programId: program.rows[0].id, siteIds };
}
