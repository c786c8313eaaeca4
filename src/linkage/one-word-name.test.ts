import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missing, nameComparison } from './comparisons.ts';
import { prepareRecord } from './record.ts';

const prepared = (name: string, birth?: string) => prepareRecord({ id: name, name, birth }, 0);
const levelOf = (a: string, aBirth: string | undefined, b: string, bBirth: string | undefined) => {
  const level = nameComparison.compare(prepared(a, aBirth), prepared(b, bBirth));
  return level === missing ? 'missing' : nameComparison.levels[level];
};

describe('a name of one word with no date of birth behind it (decision 0114)', () => {
  it('is no better than close when either side writes no date', () => {
    assert.equal(levelOf('Jumadi', undefined, 'JUMADI JUMADI', '1999-03-01'), 'close');
    assert.equal(levelOf('Sunarti', '2006-05-21', 'Sunarti', undefined), 'close');
    assert.equal(levelOf('Rosmawati', undefined, 'ROSMAWATI BINTI RAMLI', '1980-08-03'), 'close');
  });

  it('reads a Malay leading word written joined as two words, as written apart (decision 0115)', () => {
    assert.equal(
      levelOf('Sitisabrina', undefined, 'Siti Sabrina binti Ramli', '1980-08-03'),
      levelOf('Siti Sabrina', undefined, 'Siti Sabrina binti Ramli', '1980-08-03'),
    );
  });

  it('keeps its level when both sides write a date, which then says whether they are one person', () => {
    assert.equal(levelOf('Sunarti', '2006-05-21', 'Sunarti', '2006'), 'exact');
    assert.equal(levelOf('Jumadi', '2003-07-22', 'JUMADI JUMADI', '2003'), 'strong');
  });

  it('leaves names of two words or more alone without a date (an initial is no word)', () => {
    assert.equal(levelOf('Nur Sabrina', undefined, 'Nur Sabrina', '2001'), 'exact');
    assert.equal(levelOf('Win Kyi', undefined, 'Win Kyi', '1990-01-01'), 'exact');
    assert.equal(levelOf('A. Sunarti', undefined, 'Sunarti', '1991-04-07'), 'close');
  });
});

describe("a given name of two words beside a name with the father's, without a date of birth (decision 0116)", () => {
  it('is no better than close: nothing says which Nur Sabrina, daughter of whom, it is', () => {
    assert.equal(levelOf('Nur Sabrina', undefined, 'Nur Sabrina bt Nordin', '1981-05-02'), 'close');
    assert.equal(levelOf('Nur Sabrina bt Nordin', undefined, 'Nor Sabrina', '1976'), 'close');
  });

  it('keeps its level when both sides write a date, or when both or neither write the father', () => {
    assert.equal(levelOf('Nur Sabrina', '1981', 'Nur Sabrina bt Nordin', '1981-05-02'), 'strong');
    assert.equal(
      levelOf('Nur Sabrina bt Nordin', undefined, 'Nur Sabrina binti Nordin', '1981-05-02'),
      'exact',
    );
  });

  it("keeps its level when the two words hold the father's name, only the marker left out (decision 0147)", () => {
    assert.equal(levelOf('LETCHUMY KRISHNAN', undefined, 'Letchumy a/p Krishnan', '1998-12-18'), 'exact');
    assert.equal(levelOf('Kaliammah d/o Ramasamy', '1975-02-17', 'Kaliammah Ramasamy', undefined), 'exact');
    assert.equal(levelOf('Nur Sabrina', undefined, 'Nur Sabrina bt Nordin', '1981-05-02'), 'close');
  });

  it('leaves a given name of three words alone: it says more of who someone is', () => {
    assert.equal(
      levelOf('Muhammad Firdaus Hakimi', undefined, 'Muhammad Firdaus Hakimi bin Ismail', '1990-02-03'),
      'strong',
    );
  });
});
