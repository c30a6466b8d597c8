/** The codebook CSV: RFC 4180 quoting out, spreadsheet habits in, and refusals that name the line. */
import { describe, expect, it } from 'vitest';
import { DossierFailure } from '../errors';
import { readCsv, writeCsv } from './csv';

const tags = [
  { id: 'a', name: 'security', parentId: null, color: '#1f77b4', description: 'Force, "order"\nand more' },
  { id: 'b', name: 'police, armed', parentId: 'a', color: null, description: '' },
];

const plain = (file: ReturnType<typeof readCsv>) =>
  file.entries.map(({ name, parent, color, description }) => [name, parent, color, description]);

describe('writeCsv', () => {
  it('writes the header and RFC 4180 rows, parents by name', () => {
    expect(writeCsv(tags)).toBe(
      'name,parent,colour,description\r\nsecurity,,#1f77b4,"Force, ""order""\nand more"\r\n"police, armed",security,,\r\n',
    );
  });

  it('reads back what it wrote', () => {
    expect(plain(readCsv('t.csv', writeCsv(tags)))).toEqual([
      ['security', null, '#1f77b4', 'Force, "order"\nand more'],
      ['police, armed', 'security', '', ''],
    ]);
  });
});

describe('readCsv', () => {
  it('takes a BOM, any header case, color for colour, short rows, blank lines and ; from a spreadsheet', () => {
    const file = readCsv('t.csv', '\uFEFFNAME;Color;Notes\r\n\r\na;#fff;x\r\nb\r\n');
    // Without a parent column the file says nothing about where tags sit (undefined), not "at the top" (null).
    expect(plain(file)).toEqual([
      ['a', undefined, '#fff', ''],
      ['b', undefined, '', ''],
    ]);
    expect(file.warnings).toEqual([
      't.csv: column “Notes” not read (Dossier reads name, parent, colour, description).',
    ]);
  });

  it('says where each row starts, also after a field running over several lines', () => {
    const file = readCsv('t.csv', 'name,description\na,"one\ntwo\nthree"\nb,\n');
    expect(file.entries.map((e) => e.where)).toEqual(['line 2 of t.csv', 'line 5 of t.csv']);
  });

  it('refuses a file it cannot read, naming the line', () => {
    const message = (content: string) => {
      try {
        readCsv('t.csv', content);
      } catch (error) {
        expect(error).toBeInstanceOf(DossierFailure);
        return (error as DossierFailure).message;
      }
      return 'read';
    };
    expect(message('')).toMatch(/t\.csv is empty/);
    expect(message('name\na\n"b\n')).toMatch(/^line 3 of t\.csv: a quoted field is never closed/);
    expect(message('name,parent\na,"b"c\n')).toMatch(/^line 2 of t\.csv: text follows a closing quote/);
    expect(message('name,parent\na,b,c\n')).toMatch(/^line 2 of t\.csv: more fields than the header/);
    expect(message('parent,colour\nx,#000000\n')).toMatch(/^line 1 of t\.csv: no “name” column/);
    expect(message('name,parent\n,b\n')).toBe('line 2 of t.csv: the name is empty; every row needs a tag name.');
  });
});
