import { expect, it } from 'vitest';
import { splitSqlScript } from '../../../src/infra/db/sql-script.ts';

it('splits a migration where statements end, keeping a dollar-quoted function body whole', () => {
  const script = `-- a comment; with a semicolon
CREATE TABLE "A" ("note" TEXT DEFAULT 'a;b', "x""y" INT);
CREATE FUNCTION "f"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'no; never';
END;
$$ LANGUAGE plpgsql;
/* block; comment */
SELECT 1`;
  expect(splitSqlScript(script)).toEqual([
    `-- a comment; with a semicolon\nCREATE TABLE "A" ("note" TEXT DEFAULT 'a;b', "x""y" INT)`,
    `CREATE FUNCTION "f"() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no; never';\nEND;\n$$ LANGUAGE plpgsql`,
    `/* block; comment */\nSELECT 1`,
  ]);
});

it('drops empty statements and trailing comments', () => {
  expect(splitSqlScript('SELECT 1;;\n-- end\n')).toEqual(['SELECT 1']);
});
