import { expect, test } from 'vitest';
import { guessLanguage, primaryLanguage } from './lang.js';

test.each([
  ['en-US', 'en'],
  ['en_GB', 'en'],
  ['FR', 'fr'],
  ['pt-br', 'pt'],
  ['x-default', undefined],
  ['und', undefined],
  ['', undefined],
  ['english', undefined],
])('primaryLanguage(%j)', (tag, expected) => {
  expect(primaryLanguage(tag)).toBe(expected);
});

const samples: [string, string][] = [
  ['en', 'The government said on Monday that it would not change the plan, but the opposition has called for a vote in parliament and there is growing pressure from within the party to delay it until the end of the year.'],
  ['de', 'Die Regierung sagte am Montag, dass sie den Plan nicht ändern werde, aber die Opposition hat eine Abstimmung im Parlament gefordert und der Druck aus der Partei wächst, ihn bis zum Ende des Jahres zu verschieben.'],
  ['fr', "Le gouvernement a déclaré lundi qu'il ne changerait pas le plan, mais l'opposition a demandé un vote au parlement et la pression monte au sein du parti pour le reporter à la fin de l'année, selon des sources proches du dossier."],
  ['es', 'El gobierno dijo el lunes que no cambiaría el plan, pero la oposición ha pedido una votación en el parlamento y hay una creciente presión dentro del partido para aplazarlo hasta el final del año, según fuentes cercanas.'],
  ['ru', 'Правительство заявило в понедельник, что не будет менять план, но оппозиция призвала к голосованию в парламенте, и в партии растет давление, чтобы отложить его до конца года, как это было и в прошлом году.'],
  ['ar', 'قالت الحكومة يوم الاثنين إنها لن تغير الخطة لكن المعارضة دعت إلى تصويت في البرلمان'],
  ['ja', '政府は月曜日、計画を変更しないと述べたが、野党は議会での投票を求めている。'],
  ['ko', '정부는 월요일 계획을 변경하지 않겠다고 밝혔지만 야당은 의회 표결을 요구했다.'],
];

test.each(samples)('guessLanguage: %s', (lang, text) => {
  expect(guessLanguage(text)?.lang).toBe(lang);
});

test.each([
  ['too short', 'Hello there.'],
  ['no letters', '12345 67890'],
])('guessLanguage gives up: %s', (_label, text) => {
  expect(guessLanguage(text)).toBeUndefined();
});
