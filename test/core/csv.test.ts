import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { csvToDataset, CSV_COLUMNS, decodeText } from '../../src/core/csv.js';
import { evaluate, validate, type Dataset, type Indicator } from '../../src/core/index.js';
import { describeProblem } from '../../src/i18n/messages.js';

/** A CSV from lines, as Excel writes it (CRLF). */
const csv = (...lines: string[]) => lines.join('\r\n');
const dataset = (text: string): Dataset => {
  const { document } = csvToDataset(text);
  return validate(document).dataset!;
};
const byId = (d: Dataset, id: string): Indicator => d.indicators.find((i) => i.id === id)!;
const url = (path: string) => new URL(`../../${path}`, import.meta.url).href;

describe('csvToDataset: an unknown column is a located error with the nearest known column', () => {
  const text = csv(
    '指標ID,指標名,年度,目標値,実績値（確定）,x-担当課,#確認',
    'a,相談件数,2024,100,80,産業振興課,済',
  );

  it('「実績値（確定）」 is an error on row 1 that suggests 実績値; the rest of the file is still read', () => {
    const { document, problems } = csvToDataset(text);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({
      path: 'rows[1].実績値（確定）',
      severity: 'error',
      code: 'unknown-field',
      expected: 'a known column; did you mean 実績値?',
      got: '"実績値（確定）"',
    });
    const result = validate(document);
    expect(result.dataset!.indicators[0]!.targets['2024']).to.include({ decimal: '100' });
  });

  it('says it in Japanese and English', () => {
    const [problem] = csvToDataset(text).problems;
    expect(describeProblem(problem!, 'ja')).to.contain('1行目の「実績値（確定）」').and.contain('「実績値」のことですか？');
    expect(describeProblem(problem!, 'en')).to.contain('row 1, column “実績値（確定）”').and.contain('did you mean 実績値?');
  });

  it('columns starting with x- or # are skipped on purpose, without a problem', () => {
    const { problems } = csvToDataset(csv('指標ID,年度,目標値,x-memo,＃チェック,# note', 'a,2024,1,m,○,n'));
    expect(problems).to.deep.equal([]);
  });

  it('suggests by edit distance for a typing slip: "fiscal yr" → fiscal_year, "targte" → target, 「指標ＩＤ」 is 指標ID', () => {
    const { problems } = csvToDataset(csv('指標ＩＤ,fiscal yr,targte', 'a,2024,1'));
    expect(problems.map((p) => [p.path, p.expected])).to.deep.include.members([
      ['rows[1].fiscal yr', 'a known column; did you mean fiscal_year?'],
      ['rows[1].targte', 'a known column; did you mean target?'],
    ]);
  });

  it('lists the known columns when nothing is close', () => {
    const { problems } = csvToDataset(csv('指標ID,年度,目標値,communityx', 'a,2024,1,2'));
    expect(problems).to.have.length(1);
    expect(problems[0]!.expected).to.match(/^one of the columns 指標ID \(indicator_id\), 番号 \(no\), 指標名 \(indicator_name\), /);
    expect(problems[0]!.expected).to.contain('判定方式 (scheme)');
  });

  it('a CSV without the required columns gives no document: that alone is a load failure', () => {
    const { document, problems } = csvToDataset(csv('名前,年度,目標値', 'a,2024,1'));
    expect(document).to.equal(null);
    expect(problems.map((p) => p.path)).to.deep.equal(['rows[1].名前', 'rows[1].指標ID']);
    expect(problems[1]).to.deep.include({ code: 'required', severity: 'error' });
  });

  it('two columns for the same item: the second is an error naming the first (column D is 実績値)', () => {
    const { problems } = csvToDataset(csv('指標ID,年度,目標値,実績値,実績', 'a,2024,1,2,3'));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({ path: 'rows[1].実績', code: 'conflict', expected: 'one column per item: column D is already 実績値 (actual)' });
  });
});

describe('csvToDataset: an unreadable year is a problem on its row; the rest still renders', () => {
  const text = csv(
    '指標ID,指標名,単位,方向,年度,目標値,実績値',
    'a,相談件数,件,増加,2024,100,80',
    'a,相談件数,件,増加,2025,110,',
    'b,来訪者数,人,増加,令和6年度,"1,000人",900人',
    'b,来訪者数,人,増加,令和七年度,"1,100人",',
    'c,会員数,人,増加,R6,50,55',
  );

  it('the year 「令和七年度」 on row 5 is one bad-year error at rows[5].年度, for indicator b', () => {
    const { problems } = csvToDataset(text);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({
      path: 'rows[5].年度',
      severity: 'error',
      code: 'bad-year',
      expected: 'a fiscal year such as 2024 or 令和6年度',
      got: '"令和七年度"',
      indicatorId: 'b',
    });
  });

  it('every other target and actual is present after validate, which finds no error', () => {
    const result = validate(csvToDataset(text).document);
    expect(result.valid).to.equal(true);
    const d = result.dataset!;
    expect(d.indicators.map((i) => i.id)).to.deep.equal(['a', 'b', 'c']);
    const decimals = (values: Record<string, { decimal?: string }>) => Object.fromEntries(Object.entries(values).map(([y, v]) => [y, v.decimal]));
    expect(decimals(byId(d, 'a').targets)).to.deep.equal({ 2024: '100', 2025: '110' });
    expect(decimals(byId(d, 'a').series[0]!.actuals)).to.deep.equal({ 2024: '80' });
    expect(decimals(byId(d, 'b').targets)).to.deep.equal({ 2024: '1000' });
    expect(decimals(byId(d, 'b').series[0]!.actuals)).to.deep.equal({ 2024: '900' });
    expect(decimals(byId(d, 'c').targets)).to.deep.equal({ 2024: '50' });
    expect(decimals(byId(d, 'c').series[0]!.actuals)).to.deep.equal({ 2024: '55' });
  });

  it('reads in Japanese and English with the row and the column, beside the indicator name too', () => {
    const [problem] = csvToDataset(text).problems;
    expect(describeProblem(problem!, 'ja', { indicatorName: '来訪者数' })).to.equal(
      '指標「来訪者数」の5行目の「年度」：年度として読み取れません（値："令和七年度"）。期待される値：2024 や 令和6年度 のような年度',
    );
    expect(describeProblem(problem!, 'en')).to.equal(
      'row 5, column “年度”: The key cannot be read as a fiscal year (found "令和七年度"). expected a fiscal year such as 2024 or 令和6年度',
    );
  });

  it('a row without an id, a bad 評価年度 and a row shifted by an unquoted 3,550 are each located', () => {
    const { document, problems } = csvToDataset(csv(
      '指標ID,年度,目標値,実績値,評価年度',
      ',2024,1,,',
      'a,2024,1,,来年',
      'a,2025,3,550,2,176,',
      'a,2026,7,,',
    ));
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['rows[2].指標ID', 'required'],
      ['rows[3].評価年度', 'bad-year'],
      ['rows[4].(F)', 'wrong-type'],
    ]);
    expect(problems[2]!.got).to.equal('"176"');
    expect(describeProblem(problems[2]!, 'ja')).to.contain('4行目の「(F)」').and.contain('"3,550" と二重引用符で囲んでください');
    expect((document!.indicators as { targets: object }[])[0]!.targets).to.deep.equal({ 2024: '1', 2026: '7' });
  });

  it('a row without a year may give the indicator\'s settings; with a value it is an error', () => {
    const { document, problems } = csvToDataset(csv(
      '指標ID,年度,目標値,基準値,出典',
      'a,,,40,市調べ',
      'a,2024,50,,',
      'a,,60,,',
    ));
    expect(problems.map((p) => [p.path, p.code, p.indicatorId])).to.deep.equal([['rows[4].年度', 'required', 'a']]);
    const a = validate(document).dataset!.indicators[0]!;
    expect(a.baseline!.value).to.include({ decimal: '40' });
    expect(a.source).to.equal('市調べ');
    expect(Object.keys(a.targets)).to.deep.equal(['2024']);
  });

  it('a row without an id may give only the plan\'s settings', () => {
    const { document, problems } = csvToDataset(csv('指標ID,年度,目標値,計画名,自治体名', ',,,第2次計画,テスト町', 'a,2024,5,,'));
    expect(problems).to.deep.equal([]);
    expect(document!.plan).to.deep.include({ title: '第2次計画', publisher: 'テスト町' });
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['', '\uFEFF', '"', '指標ID,年度\n"a', ',,,\n,,,', null as unknown as string]) {
      expect(() => csvToDataset(input)).to.not.throw();
    }
    expect(csvToDataset('').document).to.equal(null);
  });
});

describe('csvToDataset: a column for every concept of the format', () => {
  const japanese = csv(
    '番号,指標ID,指標名,単位,区分,方向,施策,年度,目標値,期待値,実績値,基準値,基準年度,基準値ラベル,比較基準,算定方法,端数処理,桁数,判定,出典,累計,調査年,備考,理由,計画名,自治体名,評価年度,判定方式',
    '7,k1,創業者数,人,活動指標,,産業 > 創業,令和6年度,,52人,55人,,令和5年度,計画策定時,期待値,進捗率,切り捨て,2,B,市調べ,令和2年度,"2021、2026",市独自の集計,説明会を増やした,テスト計画,テスト市,令和6年度,A〜D',
    '7,k1,創業者数,人,活動指標,,産業 > 創業,令和10年度,100人,100人,,,,,,,,,,,,,,,,,,',
  );

  it('Japanese names: each lands in its field of the validated dataset', () => {
    const d = dataset(japanese);
    expect(d.plan).to.deep.include({ title: 'テスト計画', publisher: 'テスト市', reportedYear: 2024 });
    expect(d.evaluation.scheme).to.equal('given-grade');
    const k1 = byId(d, 'k1');
    expect(k1).to.deep.include({
      no: 7,
      name: '創業者数',
      unit: '人',
      kind: 'activity',
      basis: 'expected',
      method: 'progress',
      rounding: { digits: 2, mode: 'truncate' },
      givenJudgments: { 2024: 'B' },
      source: '市調べ',
      cumulative: { since: 2020 },
      surveyYears: [2021, 2026],
      notes: ['市独自の集計'],
      reasons: { 2024: '説明会を増やした' },
    });
    expect(k1.direction).to.equal(undefined);
    expect(k1.baseline).to.deep.include({ year: 2023, label: '計画策定時' });
    // No value under 基準値: kept as a dash of 2023, which is not one of the survey years 2021 and 2026.
    expect(k1.baseline!.value.status).to.equal('not-surveyed');
    expect(k1.expected['2024']).to.include({ decimal: '52' });
    expect(k1.expected['2028']).to.include({ decimal: '100' });
    expect(Object.keys(k1.targets)).to.deep.equal(['2028']);
    expect(k1.targets['2028']).to.include({ decimal: '100' });
    expect(k1.series[0]!.actuals['2024']).to.include({ decimal: '55' });
    expect(d.groups[0]!.name).to.equal('産業');
    expect(d.groups[0]!.children[0]!.indicators).to.deep.equal(['k1']);
  });

  it('English names and values: final-target, ratio, half-up, digits 0, a three-tier judgment written 概ね達成', () => {
    const d = dataset(csv(
      'indicator_id,No.,indicator_name,unit,direction,fiscal_year,target,actual,baseline,baseline_year,baseline_label,basis,method,rounding,digits,judgment,source,cumulative_since,survey_years,plan_title,publisher,reported_year,scheme',
      'e1,3,Visitors,人,decrease,FY2024,90,100,120,2023,Baseline,final-target,ratio,half-up,0,概ね達成,Survey,○,R3,Plan,City,2024,three-tier',
    ));
    expect(d.plan).to.deep.include({ title: 'Plan', publisher: 'City', reportedYear: 2024 });
    expect(d.evaluation.scheme).to.equal('three-tier');
    expect(byId(d, 'e1')).to.deep.include({
      no: 3,
      direction: 'decrease',
      basis: 'final-target',
      method: 'ratio',
      rounding: { digits: 0, mode: 'half-up' },
      givenJudgments: { 2024: 'nearly-achieved' },
      source: 'Survey',
      cumulative: {},
      surveyYears: [2021],
    });
    expect(byId(d, 'e1').baseline).to.deep.include({ year: 2023, label: 'Baseline' });
    expect(byId(d, 'e1').baseline!.value).to.include({ decimal: '120' });
  });

  it('判定方式 なし is the scheme none; 方向 ↑ is increase; a judgment the scheme does not know is a warning, kept as written', () => {
    const { document, problems } = csvToDataset(csv('指標ID,年度,目標値,方向,判定,判定方式', 'n1,2024,5,↑,◎,なし'));
    const d = validate(document).dataset!;
    expect(d.evaluation.scheme).to.equal('none');
    expect(byId(d, 'n1').direction).to.equal('increase');
    expect(byId(d, 'n1').givenJudgments).to.deep.equal({ 2024: '◎' });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({ path: 'rows[2].判定', severity: 'warning', code: 'unknown-reference', expected: 'no judgment (the scheme is none)' });
  });

  it('cells pass through as typed: 1.0%未満, 1,389人（見込み）, 0（令和9年度以降）, 継続実施; a baseline year without a value is kept', () => {
    const d = dataset(csv(
      '指標ID,単位,方向,年度,目標値,実績値,基準年度',
      'c1,%,減少,2024,1.0%未満,0.8%,',
      'c2,人,増加,2024,"1,300人","1,389人（見込み）",',
      'c3,人,減少,2027,0（令和9年度以降）,,',
      'c4,,,2024,継続実施,,',
      'c5,人,増加,2024,10,,平成30年度',
    ));
    expect(byId(d, 'c5').baseline).to.deep.include({ year: 2018 });
    expect(byId(d, 'c5').baseline!.value.status).to.equal('not-applicable');
    expect(byId(d, 'c1').targets['2024']).to.include({ decimal: '1.0', comparator: 'lt' });
    expect(byId(d, 'c2').series[0]!.actuals['2024']).to.include({ decimal: '1389', qualifier: 'estimate' });
    expect(byId(d, 'c3').targets['2027']).to.include({ decimal: '0', since: 2027 });
    expect(byId(d, 'c4').targets['2024']).to.include({ status: 'text', text: '継続実施' });
  });

  it('an unknown word in a settings column is an error at its row that lists the words', () => {
    const { problems } = csvToDataset(csv('指標ID,年度,目標値,比較基準,端数処理,桁数,番号', 'a,2024,1,前年度,五捨六入,9,第1'));
    expect(problems.map((p) => [p.path, p.expected])).to.deep.equal([
      ['rows[2].比較基準', 'one of 目標値, 期待値, 最終目標値 (target, expected, final-target)'],
      ['rows[2].端数処理', 'one of 四捨五入, 切り捨て (half-up, truncate)'],
      ['rows[2].番号', 'a whole number such as 12'],
      ['rows[2].桁数', 'a whole number from 0 to 6'],
    ]);
    expect(describeProblem(problems[0]!, 'ja')).to.contain('2行目の「比較基準」').and.contain('目標値, 期待値, 最終目標値 (target, expected, final-target) のいずれか');
  });

  it('every alias of every column is recognised (no alias is mistaken for an unknown column)', () => {
    const required = { indicatorId: '指標ID', year: '年度', target: '目標値' } as Record<string, string>;
    for (const [column, aliases] of Object.entries(CSV_COLUMNS)) {
      for (const alias of aliases) {
        // The alias takes the place of its own column, so no column is given twice.
        const header = Object.entries(required).map(([c, name]) => (c === column ? alias : name));
        if (!(column in required)) header.push(alias);
        const { document, problems } = csvToDataset(`${header.join(',')}\r\na,2024,1${header.length > 3 ? ',' : ''}`);
        expect(problems, alias).to.deep.equal([]);
        expect(document, alias).to.not.equal(null);
      }
    }
  });
});

describe('csvToDataset: a group path given on many rows makes one group', () => {
  const text = csv(
    '指標ID,施策,年度,目標値',
    'a,強い経営基盤の構築 > 持続可能な産業振興を支援,2024,1',
    'a,強い経営基盤の構築>持続可能な産業振興を支援 ,2025,1',
    'b,強い経営基盤の構築 ＞ 持続可能な産業振興を支援,2024,1',
    'b,強い経営基盤の構築　＞　持続可能な　産業振興を支援　,2025,1',
    'c,ｷｮｳｲ > Ａ,2024,1',
    'c,キョウイ > A,2025,1',
    'd,強い経営基盤の構築 > 持続可能な産業振興を支援,2024,1',
    'd,別の施策,2025,1',
  );

  it('spacing, ＞, full-width spaces and half-width kana make no duplicates', () => {
    const { document } = csvToDataset(text);
    const result = validate(document);
    expect(result.problems.filter((p) => p.code === 'duplicate-id')).to.deep.equal([]);
    const groups = result.dataset!.groups;
    expect(groups.map((g) => g.name)).to.deep.equal(['強い経営基盤の構築', 'ｷｮｳｲ']);
    expect(groups[0]!.children.map((g) => g.name)).to.deep.equal(['持続可能な産業振興を支援']);
    expect(groups[0]!.children[0]!.id).to.equal('強い経営基盤の構築 > 持続可能な産業振興を支援');
    expect(groups[0]!.children[0]!.indicators).to.deep.equal(['a', 'b', 'd']);
    expect(groups[1]!.children.map((g) => [g.name, g.indicators])).to.deep.equal([['Ａ', ['c']]]);
  });

  it('an indicator whose rows give two paths keeps the first; the row that disagrees gets a warning', () => {
    const { problems } = csvToDataset(text);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({
      path: 'rows[9].施策',
      severity: 'warning',
      code: 'conflict',
      expected: 'the value given on row 8: 強い経営基盤の構築 > 持続可能な産業振興を支援',
      got: '"別の施策"',
      indicatorId: 'd',
    });
    expect(describeProblem(problems[0]!, 'ja')).to.equal(
      '9行目の「施策」：矛盾する指定があります（値："別の施策"）。期待される値：8行目と同じ値（強い経営基盤の構築 > 持続可能な産業振興を支援）',
    );
  });
});

describe('csvToDataset: csvParseRows, never csvParse (no code compiled: Trusted Types)', () => {
  it('reads a CSV while Function is replaced by a stub that throws (which stops csvParse)', async () => {
    const text = decodeText(await (await fetch(url('test/fixtures/kpi-utf8.csv'))).arrayBuffer());
    const original = window.Function;
    window.Function = function () {
      throw new Error('new Function is blocked');
    } as unknown as FunctionConstructor;
    let result: ReturnType<typeof csvToDataset>;
    let csvParseThrew = false;
    try {
      result = csvToDataset(text);
      try {
        csvParse(text);
      } catch {
        csvParseThrew = true;
      }
    } finally {
      window.Function = original;
    }
    expect(csvParseThrew, 'the stub stops csvParse, so the test would catch it').to.equal(true);
    expect(result.problems).to.deep.equal([]);
    expect((result.document!.indicators as { id: string }[]).map((i) => i.id)).to.deep.equal(['a01', 'a17', 'a26']);
  });

  it('keeps BOM, UTF-8 and Shift_JIS giving the same document', async () => {
    const read = async (f: string) => csvToDataset(decodeText(await (await fetch(url(`test/fixtures/${f}`))).arrayBuffer())).document;
    const [sjis, utf8, bom] = await Promise.all(['kpi-sjis.csv', 'kpi-utf8.csv', 'kpi-bom.csv'].map(read));
    expect(sjis).to.deep.equal(utf8);
    expect(bom).to.deep.equal(utf8);
    expect((utf8!.plan as { title: string }).title).to.equal('厚木市産業マスタープラン後期実施計画（抜粋）');
  });
});

describe('the template data/templates/kpi-template.csv', () => {
  let bytes: Uint8Array;
  before(async () => {
    bytes = new Uint8Array(await (await fetch(url('data/templates/kpi-template.csv'))).arrayBuffer());
  });

  it('is UTF-8 with a BOM, so Excel opens it', () => {
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('converts and validates without an error', () => {
    const { document, problems } = csvToDataset(decodeText(bytes));
    expect(problems).to.deep.equal([]);
    const result = validate(document);
    expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    const d = result.dataset!;
    expect(d.indicators.map((i) => i.id)).to.deep.equal(['k01', 'k02', 'k03']);
    expect(Object.keys(byId(d, 'k01').targets)).to.deep.equal(['2028']);
    expect(byId(d, 'k01').expected['2025']).to.include({ decimal: '64' });
    expect(byId(d, 'k01').basis).to.equal('expected');
    expect(byId(d, 'k02').targets['2024']).to.include({ decimal: '1.0', comparator: 'lt' });
    expect(byId(d, 'k03').series[0]!.actuals['2025']).to.include({ decimal: '1389', qualifier: 'estimate' });
    expect(byId(d, 'k03').rounding).to.deep.equal({ digits: 1, mode: 'truncate' });
  });

  it('gives the rates a clerk computes by hand: 60/64 = 93.75 → 93.8%, 1,389/1,350 truncated → 102.8%', () => {
    const d = validate(csvToDataset(decodeText(bytes)).document).dataset!;
    const rates = Object.fromEntries(evaluate(d, { year: 2025 }).map((r) => [r.indicatorId, r.rateText]));
    expect(rates.k01).to.equal('93.8');
    expect(rates.k03).to.equal('102.8');
  });
});

describe('the documentation lists every column with its aliases', () => {
  const sections = [
    ['README.md', '### The CSV long format', '## The elements'],
    ['README.ja.md', '## CSVの形式', '## 計算と判定のきまり'],
    ['data/templates/README.md', '## 列', ''],
  ] as const;
  for (const [file, from, to] of sections) {
    it(file, async () => {
      const text = await (await fetch(url(file))).text();
      const section = text.slice(text.indexOf(from), to ? text.indexOf(to) : undefined);
      const missing = Object.values(CSV_COLUMNS).flat().filter((alias) => alias !== '指標id' && !section.includes(alias));
      expect(missing).to.deep.equal([]);
    });
  }
});
