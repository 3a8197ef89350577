import { openStore } from '../server/db/client.ts';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { randomBytes } from 'node:crypto';

const COLS = ['agency_code','case_no','decided_on','violation_item_code','party_type','party_name','party_id_number','party_phone','band','leniency','first_offence','fine_yuan','legal_review','disclosed_on','non_site','enterprise_impact_assessed'];
const TYPES = ['text','text','date','text','party_type','text','text','text','band','leniency','bool','numeric','bool','date','bool','bool'];
function row(i: number): unknown[] {
  return ['A1', `鄂州市监罚〔2023〕${i}号`, '2023-05-06', 'FD-001', 'INDIVIDUAL', '张三丰', '420704199001011234', '13912345678', 'GENERAL', 'NONE', i % 2 === 0, String(1000 + (i % 500)), false, '2023-05-10', false, true];
}
async function main() {
  const kind = process.argv[2];
  const N = Number(process.argv[3] ?? 200000);
  let url: string | undefined; let name = '';
  if (kind === 'pg') {
    name = 'bench_' + randomBytes(4).toString('hex');
    const c = new pg.Client('postgres://postgres@127.0.0.1:5432/test'); await c.connect(); await c.query(`create database ${name}`); await c.end();
    url = `postgres://postgres@127.0.0.1:5432/${name}`;
  }
  const store = await openStore({ databaseUrl: url });
  await store.migrate();
  await store.query(`insert into regions (code,name,type) values ('R','r','CITY')`);
  await store.query(`insert into agencies (code,name,region_code,level,kind,domains) values ('A1','a','R','CITY','DEPARTMENT','{FOOD_DRUG}')`);
  for (const mode of (process.argv[5] ?? 'values,unnest,unnest-text').split(',')) {
    await store.query('delete from penalty_cases');
    const chunk = mode === 'values' ? 4000 : Number(process.argv[4] ?? 10000);
    const t0 = performance.now();
    await store.db.transaction(async (tx) => {
      for (let s = 0; s < N; s += chunk) {
        const rows = []; for (let i = s; i < Math.min(N, s + chunk); i++) rows.push(row(i));
        if (mode === 'values') {
          const params: unknown[] = []; const tuples: string[] = [];
          for (const r of rows) { tuples.push('(' + r.map((v) => { params.push(v); return `$${params.length}::${TYPES[params.length - 1 - (params.length - 1) % 1 ] ?? 'text'}`; }).join(',') + ')'); }
          // simplistic: no casts needed except enums; let pg infer
          const text = `insert into penalty_cases (${COLS.join(',')}) values ` + rows.map((r, ri) => '(' + r.map((_, ci) => `$${ri * COLS.length + ci + 1}`).join(',') + ')').join(',');
          await tx.execute(sql.raw('select 1'));
          await (tx as any).session.client.query(text, params);
        } else {
          const cols = COLS.map((_, ci) => rows.map((r) => r[ci]));
          const casted = mode === 'unnest' ? COLS.map((_, ci) => `$${ci + 1}::${TYPES[ci]}[]`) : COLS.map((_, ci) => `$${ci + 1}::text[]`);
          const sel = mode === 'unnest' ? '*' : COLS.map((c, ci) => `${c}::${TYPES[ci]}`).join(',');
          const text = `insert into penalty_cases (${COLS.join(',')}) select ${sel} from unnest(${casted.join(',')}) as u(${COLS.join(',')})`;
          const parts: any[] = []; 
          if (mode === 'drizzle') {
            const parts = [sql.raw(`insert into penalty_cases (${COLS.join(',')}) select ${COLS.map((c, ci) => `${c}::${TYPES[ci]}`).join(',')} from unnest(`)];
            cols.forEach((c, ci) => { if (ci) parts.push(sql.raw(', ')); parts.push(sql`${sql.param(c.map((v) => v === null ? null : String(v)))}::text[]`); });
            parts.push(sql.raw(`) as u(${COLS.join(',')})`));
            await tx.execute(sql.join(parts));
          } else
          await (tx as any).session.client.query(text, cols.map((c) => c.map((v) => v === null ? null : String(v))));
        }
      }
    });
    const s = (performance.now() - t0) / 1000;
    const [{ n }] = await store.query<{ n: number }>('select count(*)::int n from penalty_cases');
    console.log(kind, mode, n, `${s.toFixed(2)}s`, Math.round(N / s), 'rows/s');
  }
  await store.close();
  if (name) { const c = new pg.Client('postgres://postgres@127.0.0.1:5432/test'); await c.connect(); await c.query(`drop database ${name} with (force)`); await c.end(); }
}
main();
