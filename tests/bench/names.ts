// Name material for generated graphs: every piece comes as a [Cyrillic, Latin] pair so an entity can carry its name in
// one script and an alias in the other, the way researchers record Kazakh and Russian names.
export type Pair = readonly [cyrillic: string, latin: string];

export const FIRST_NAMES_FEMALE: readonly Pair[] = [
  ['Айгүл', 'Aigül'], ['Әсел', 'Äsel'], ['Жанар', 'Zhanar'], ['Дина', 'Dina'], ['Гүлнар', 'Gülnar'],
  ['Мәдина', 'Mädina'], ['Сәуле', 'Säule'], ['Ақмарал', 'Aqmaral'], ['Жұлдыз', 'Zhūldyz'], ['Үміт', 'Ümit'],
  ['Ольга', 'Olga'], ['Наталья', 'Natalya'], ['Елена', 'Elena'], ['Ирина', 'Irina'], ['Татьяна', 'Tatyana'],
  ['Салтанат', 'Saltanat'], ['Назгүл', 'Nazgül'], ['Аружан', 'Aruzhan'], ['Гаухар', 'Gaukhar'], ['Мария', 'Maria'],
];

export const FIRST_NAMES_MALE: readonly Pair[] = [
  ['Нұрлан', 'Nūrlan'], ['Ерлан', 'Erlan'], ['Қайрат', 'Qairat'], ['Дәурен', 'Däuren'], ['Бауыржан', 'Bauyrzhan'],
  ['Ғалым', 'Ğalym'], ['Мұхтар', 'Mūkhtar'], ['Асқар', 'Asqar'], ['Серік', 'Serik'], ['Талғат', 'Talğat'],
  ['Сергей', 'Sergei'], ['Андрей', 'Andrei'], ['Игорь', 'Igor'], ['Владимир', 'Vladimir'], ['Олег', 'Oleg'],
  ['Ержан', 'Erzhan'], ['Арман', 'Arman'], ['Бекзат', 'Bekzat'], ['Руслан', 'Ruslan'], ['Тимур', 'Timur'],
];

export const FOREIGN_FIRST_NAMES: readonly Pair[] = [
  ['Анна', 'Anna'], ['Марта', 'Marta'], ['Петер', 'Peter'], ['Томас', 'Thomas'], ['Ева', 'Eva'],
  ['Лукас', 'Lukas'], ['Кристина', 'Kristina'], ['Марек', 'Marek'], ['София', 'Sofia'], ['Даниэль', 'Daniel'],
];

export const FOREIGN_SURNAMES: readonly Pair[] = [
  ['Миллер', 'Miller'], ['Ковальски', 'Kowalski'], ['Новак', 'Novak'], ['Хоффман', 'Hoffman'], ['Бергер', 'Berger'],
  ['Ларсен', 'Larsen'], ['Фишер', 'Fischer'], ['Маркович', 'Markovic'], ['Келлер', 'Keller'], ['Донован', 'Donovan'],
];

/** Surname roots: a head and a tail make the root, a gendered ending finishes it. */
export const ROOT_HEADS: readonly Pair[] = [
  ['Бай', 'Bai'], ['Нұр', 'Nūr'], ['Қасым', 'Qasym'], ['Жан', 'Zhan'], ['Сұлтан', 'Sūltan'], ['Тұрсын', 'Tūrsyn'],
  ['Әбіл', 'Äbil'], ['Мұхамед', 'Mūkhamed'], ['Ораз', 'Oraz'], ['Құдай', 'Qūdai'], ['Сағын', 'Sağyn'], ['Есен', 'Esen'],
  ['Тілеу', 'Tileu'], ['Дос', 'Dos'], ['Ахмет', 'Akhmet'], ['Бек', 'Bek'], ['Кен', 'Ken'], ['Шал', 'Shal'],
  ['Ибра', 'Ibra'], ['Сейіт', 'Seiit'], ['Ал', 'Al'], ['Ер', 'Er'], ['Мақсұт', 'Maqsūt'], ['Жақсы', 'Zhaqsy'],
];
export const ROOT_TAILS: readonly Pair[] = [
  ['бай', 'bai'], ['бек', 'bek'], ['ғали', 'ğali'], ['хан', 'khan'], ['тай', 'tai'], ['жан', 'zhan'],
  ['мұрат', 'mūrat'], ['ғазы', 'ğazy'], ['құл', 'qūl'], ['ым', 'ym'], ['ан', 'an'], ['тас', 'tas'],
  ['бол', 'bol'], ['нияз', 'niyaz'], ['баев', 'baev'], ['ділда', 'dilda'],
];
export const SURNAME_ENDINGS_MALE: readonly Pair[] = [['ов', 'ov'], ['ев', 'ev'], ['ұлы', 'ūly'], ['', '']];
export const SURNAME_ENDINGS_FEMALE: readonly Pair[] = [['ова', 'ova'], ['ева', 'eva'], ['қызы', 'qyzy'], ['', '']];

/** Organization types: [Russian, English]; the Russian name puts the proper name in quotes after the type. */
export const ORGANIZATION_TYPES: readonly Pair[] = [
  ['Фонд', 'Foundation'], ['Союз', 'Union'], ['Движение', 'Movement'], ['Ассоциация', 'Association'],
  ['Центр', 'Centre'], ['Партия', 'Party'], ['Совет', 'Council'], ['Институт', 'Institute'],
  ['Объединение', 'Alliance'], ['Агентство', 'Agency'], ['Комитет', 'Committee'], ['Сеть', 'Network'],
];

export const EVENT_TYPES: readonly Pair[] = [
  ['Митинг', 'Rally'], ['Конференция', 'Conference'], ['Судебный процесс', 'Trial'], ['Форум', 'Forum'],
  ['Пикет', 'Picket'], ['Отказ в регистрации', 'Registration denial'], ['Пресс-конференция', 'Press conference'],
  ['Круглый стол', 'Round table'], ['Обыск', 'Search of premises'], ['Кампания', 'Campaign'],
];

/** Claim templates with one slot for a proper name. */
export const CLAIM_TEMPLATES: readonly Pair[] = [
  ['Утверждение, что «%» финансируется из-за рубежа', 'Claim that % is foreign-funded'],
  ['Утверждение, что «%» пропагандирует чуждые ценности', 'Claim that % promotes alien values'],
  ['Утверждение, что «%» связан с Народными Советами', 'Claim that % is affiliated with the People\'s Councils'],
  ['Нарратив о «%» как угрозе семье', 'Narrative of % as a threat to the family'],
  ['Утверждение, что «%» распространяет дезинформацию', 'Claim that % spreads disinformation'],
  ['Утверждение, что «%» действует в интересах иностранных государств', 'Claim that % acts for foreign states'],
];

export const LAW_TEMPLATES: readonly Pair[] = [
  ['Статья % Уголовного кодекса', 'Criminal Code art. %'],
  ['Статья % Кодекса об административных правонарушениях', 'Administrative Offences Code art. %'],
  ['Закон № %', 'Law No. %'],
];

export const PLACE_HEADS: readonly Pair[] = [
  ['Ақ', 'Aq'], ['Қара', 'Qara'], ['Сары', 'Sary'], ['Көк', 'Kök'], ['Ұзын', 'Ūzyn'], ['Жаңа', 'Zhaña'],
  ['Ескі', 'Eski'], ['Бал', 'Bal'], ['Тал', 'Tal'], ['Қызыл', 'Qyzyl'], ['Алма', 'Alma'], ['Шың', 'Shyñ'],
];
export const PLACE_TAILS: readonly Pair[] = [
  ['тау', 'tau'], ['көл', 'köl'], ['бұлақ', 'būlaq'], ['су', 'su'], ['құдық', 'qūdyq'], ['төбе', 'töbe'],
  ['арал', 'aral'], ['жар', 'zhar'], ['сай', 'sai'], ['өзен', 'özen'], ['қала', 'qala'], ['дала', 'dala'],
];

export const PUBLISHERS: readonly string[] = [
  'Vlast.kz', 'Kursiv', 'Azattyq', 'Orda.kz', 'Tengrinews', 'KazTAG', 'Feminita', 'EL*C', 'UN OHCHR',
  'Human Rights Watch', 'Amnesty International', 'Adilet', 'Specialized Inter-District Court', 'Ministry of Justice',
];

export const SOURCE_TOPICS: readonly Pair[] = [
  ['Доклад о правах человека', 'Human rights report'], ['Решение суда', 'Court decision'],
  ['Интервью', 'Interview'], ['Публикация в социальных сетях', 'Social media post'],
  ['Официальный ответ', 'Official reply'], ['Расследование', 'Investigation'], ['Хроника событий', 'Chronicle of events'],
];
