package kz.qorgau.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The data of the registrations benchmark (docs/benchmarks.md, "Record linkage on Cyrillic/Latin registrations"):
 * made-up persons with common Kazakh, Russian, Kyrgyz and Uzbek given names and surnames in invented combinations
 * (never a real person's data), each registered by one to four agencies, each registration written in a script and a
 * transliteration scheme of its own and with the noise of real registrations. The same seed gives the same file.
 * <p>
 * Every name is held in its native Cyrillic spelling (Kazakh, Kyrgyz, Uzbek or Russian letters) and written by this
 * class's own tables: Russian Cyrillic, native Cyrillic, a passport's Latin (ICAO 9303-like, Uzbek Latin for Uzbek
 * citizens), everyday Latin (a free choice per letter among the spellings in use) and Kazakh Latin of 2021. The
 * linkage module's {@code NameFolding} is never called here: the benchmark tests it against spellings made
 * independently of it.
 * <p>
 * Columns: {@code id, person, agency, script, given_name, surname, patronymic, sex, birth_date, citizenship,
 * document}. {@code person} is the truth and {@code agency} and {@code script} describe the record; the engines read
 * neither.
 */
final class RegistrationsGenerator {

    static final String HEADER = "id,person,agency,script,given_name,surname,patronymic,sex,birth_date,citizenship,"
            + "document";

    /** How a registration writes a name. */
    enum Script {
        RUSSIAN_CYRILLIC, NATIVE_CYRILLIC, PASSPORT_LATIN, EVERYDAY_LATIN, KAZAKH_LATIN_2021
    }

    enum Origin {
        KAZAKH, RUSSIAN, KYRGYZ, UZBEK
    }

    /** A registering agency and the scripts it writes in, with their weights. */
    enum Agency {
        POLICE(new double[]{ 50, 30, 10, 5, 5 }),
        NGO(new double[]{ 30, 20, 5, 40, 5 }),
        CONSULATE(new double[]{ 10, 10, 70, 5, 5 }),
        MIGRATION(new double[]{ 30, 10, 45, 5, 10 }),
        BORDER(new double[]{ 10, 0, 85, 5, 0 }),
        LABOUR_INSPECTION(new double[]{ 35, 30, 5, 15, 15 });

        private final double[] scripts;

        Agency(double[] scripts) {
            this.scripts = scripts;
        }
    }

    /** One made-up person, the truth behind the registrations. */
    record Person(int id, Origin origin, boolean male, String given, String surname, String father,
            LocalDate birthDate, String citizenship, String document) {
    }

    /** One registration as written to the file. */
    record Registration(String id, int person, Agency agency, Script script, String givenName, String surname,
            String patronymic, String sex, String birthDate, String citizenship, String document) {

        String csv() {
            return String.join(",", id, "p" + person, agency.name().toLowerCase(Locale.ROOT), script.name()
                    .toLowerCase(Locale.ROOT), givenName, surname, patronymic, sex, birthDate, citizenship,
                    document);
        }
    }

    /** What a run of the generator made. */
    record Summary(int records, int persons, Map<Script, Integer> scripts) {
    }

    private final Random random;

    RegistrationsGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code records} registrations of as many persons as they take to {@code file}. */
    static Summary write(Path file, int records, long seed) throws IOException {
        RegistrationsGenerator generator = new RegistrationsGenerator(seed);
        Map<Script, Integer> scripts = new HashMap<>();
        int persons = 0;
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int written = 0;
            while (written < records) {
                Person person = generator.person(++persons);
                int registrations = Math.min(generator.registrations(), records - written);
                for (int r = 0; r < registrations; r++) {
                    Registration registration = generator.register(person, String.format(Locale.ROOT, "r%06d",
                            ++written));
                    scripts.merge(registration.script(), 1, Integer::sum);
                    out.write(registration.csv());
                    out.write('\n');
                }
            }
        }
        return new Summary(records, persons, scripts);
    }

    /** One to four registrations: 20 %, 30 %, 30 %, 20 % (2.5 on average). */
    int registrations() {
        double draw = random.nextDouble();
        return draw < 0.2 ? 1 : draw < 0.5 ? 2 : draw < 0.8 ? 3 : 4;
    }

    Person person(int id) {
        double draw = random.nextDouble();
        Origin origin = draw < 0.45 ? Origin.KAZAKH : draw < 0.65 ? Origin.RUSSIAN : draw < 0.85 ? Origin.UZBEK
                : Origin.KYRGYZ;
        boolean male = random.nextBoolean();
        Names names = Names.of(origin);
        String given = zipf(male ? names.male() : names.female());
        String father = zipf(names.male());
        String surname;
        if (origin == Origin.KAZAKH && random.nextDouble() < 0.08) {
            surname = father + (male ? "ұлы" : "қызы");
        } else {
            surname = zipf(names.surnames());
            if (!male) {
                surname = femaleSurname(surname);
            }
        }
        LocalDate birthDate = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(43 * 365));
        String citizenship = citizenship(origin);
        String document = random.nextDouble() < 0.65 ? document(citizenship) : "";
        return new Person(id, origin, male, given, surname, father, birthDate, citizenship, document);
    }

    Registration register(Person person, String id) {
        Agency agency = Agency.values()[random.nextInt(Agency.values().length)];
        Script script = Script.values()[weighted(agency.scripts)];
        String given = write(person.given(), person, script);
        String surname = write(surnameAsWritten(person), person, script);
        String patronymic = patronymic(person, script);
        if (random.nextDouble() < 0.08) {
            given = typo(given);
        }
        if (random.nextDouble() < 0.08) {
            surname = typo(surname);
        }
        if (!patronymic.isEmpty() && random.nextDouble() < 0.05) {
            patronymic = typo(patronymic);
        }
        if (random.nextDouble() < 0.03) {
            String swap = given;
            given = surname;
            surname = swap;
        }
        if (script == Script.PASSPORT_LATIN || script == Script.RUSSIAN_CYRILLIC && random.nextDouble() < 0.15) {
            given = given.toUpperCase(Locale.ROOT);
            surname = surname.toUpperCase(Locale.ROOT);
            patronymic = patronymic.toUpperCase(Locale.ROOT);
        }
        String sex = random.nextDouble() < 0.03 ? "" : person.male() ? "M" : "F";
        String citizenship = citizenship(person.citizenship());
        String document = person.document().isEmpty() || random.nextDouble() < 0.3 ? ""
                : random.nextDouble() < 0.03 ? digitTypo(person.document()) : person.document();
        return new Registration(id, person.id(), agency, script, given, surname, patronymic, sex, birthDate(person
                .birthDate()), citizenship, document);
    }

    /** A woman's surname in a man's form now and then, as everyday Latin and some registers write it. */
    private String surnameAsWritten(Person person) {
        if (!person.male() && random.nextDouble() < 0.05 && (person.surname().endsWith("ова") || person.surname()
                .endsWith("ева") || person.surname().endsWith("ина"))) {
            return person.surname().substring(0, person.surname().length() - 1);
        }
        return person.surname();
    }

    /**
     * The patronymic, when the registration has one: passports have none; Cyrillic registers write it most often, in
     * the Russian form (-ович, -овна) or in the native one (Kazakh -ұлы/-қызы, Kyrgyz уулу/кызы, Uzbek ўғли/қизи).
     */
    private String patronymic(Person person, Script script) {
        double present = switch (script) {
            case RUSSIAN_CYRILLIC, NATIVE_CYRILLIC -> 0.6;
            case PASSPORT_LATIN -> 0;
            case EVERYDAY_LATIN -> 0.3;
            case KAZAKH_LATIN_2021 -> 0.4;
        };
        if (random.nextDouble() >= present) {
            return "";
        }
        boolean nativeForm = person.origin() != Origin.RUSSIAN && script != Script.RUSSIAN_CYRILLIC && random
                .nextDouble() < 0.6;
        String patronymic = nativeForm ? nativePatronymic(person) : russianPatronymic(russian(person.father()),
                person.male());
        return write(patronymic, person, script);
    }

    private static String nativePatronymic(Person person) {
        return switch (person.origin()) {
            case KAZAKH -> person.father() + (person.male() ? "ұлы" : "қызы");
            case KYRGYZ -> person.father() + (person.male() ? " уулу" : " кызы");
            case UZBEK -> person.father() + (person.male() ? " ўғли" : " қизи");
            case RUSSIAN -> russianPatronymic(person.father(), person.male());
        };
    }

    static String russianPatronymic(String father, boolean male) {
        String stem;
        String ending;
        if (father.endsWith("й") || father.endsWith("ь")) {
            stem = father.substring(0, father.length() - 1);
            ending = "ев";
        } else if ("аиоеуэыюя".indexOf(father.charAt(father.length() - 1)) >= 0) {
            stem = father;
            ending = "ев";
        } else {
            stem = father;
            ending = "ов";
        }
        return stem + ending + (male ? "ич" : "на");
    }

    /** Most registrations carry the date; some lose it, keep only the year, swap day and month or mistype a digit. */
    private String birthDate(LocalDate date) {
        double draw = random.nextDouble();
        if (draw < 0.05) {
            return "";
        }
        if (draw < 0.10) {
            return String.valueOf(date.getYear());
        }
        if (draw < 0.13 && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
            return String.format(Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getDayOfMonth(), date
                    .getMonthValue());
        }
        if (draw < 0.15) {
            LocalDate typo = random.nextBoolean() ? date.plusYears(random.nextBoolean() ? 1 : -1)
                    : date.plusDays(random.nextBoolean() ? 1 : -1);
            return typo.toString();
        }
        return date.toString();
    }

    private String citizenship(Origin origin) {
        double draw = random.nextDouble();
        return switch (origin) {
            case KAZAKH -> draw < 0.92 ? "KZ" : draw < 0.97 ? "RU" : "UZ";
            case RUSSIAN -> draw < 0.55 ? "KZ" : draw < 0.9 ? "RU" : "KG";
            case UZBEK -> draw < 0.75 ? "UZ" : draw < 0.9 ? "KZ" : "TJ";
            case KYRGYZ -> draw < 0.85 ? "KG" : draw < 0.95 ? "KZ" : "RU";
        };
    }

    /** The registration's citizenship: now and then missing, or another (a registrar's mistake, a second one). */
    private String citizenship(String citizenship) {
        double draw = random.nextDouble();
        if (draw < 0.04) {
            return "";
        }
        if (draw < 0.06) {
            return List.of("KZ", "KG", "UZ", "RU", "TJ").get(random.nextInt(5));
        }
        return citizenship;
    }

    private String document(String citizenship) {
        return switch (citizenship) {
            case "KZ" -> "N" + digits(8);
            case "KG" -> "ID" + digits(7);
            case "UZ" -> "AA" + digits(7);
            case "TJ" -> "400" + digits(6);
            default -> digits(10);
        };
    }

    private String digits(int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String digitTypo(String document) {
        int position = document.length() - 1 - random.nextInt(4);
        char digit = (char) ('0' + (document.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
        return document.substring(0, position) + digit + document.substring(position + 1);
    }

    /** One typing error: a letter inserted, deleted, replaced, or two neighbours transposed. */
    String typo(String word) {
        if (word.length() < 3) {
            return word;
        }
        String alphabet = word.chars().anyMatch(c -> c >= 0x400 && c < 0x500) ? "абвгдежзиклмнопрстуфхшыя"
                : "abcdefghijklmnoprstuvyz";
        int at = 1 + random.nextInt(word.length() - 1);
        char letter = alphabet.charAt(random.nextInt(alphabet.length()));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
            default -> at == word.length() - 1 ? word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1)
                    : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }

    /** A native Cyrillic name in a registration's script; Uzbek citizens' passports are in Uzbek Latin. */
    String write(String name, Person person, Script script) {
        return switch (script) {
            case RUSSIAN_CYRILLIC -> russian(name);
            case NATIVE_CYRILLIC -> name;
            case PASSPORT_LATIN -> person.citizenship().equals("UZ") ? latin(name, UZBEK_LATIN, true)
                    : latin(name, PASSPORT, true);
            case EVERYDAY_LATIN -> person.origin() == Origin.UZBEK && random.nextBoolean() ? latin(name,
                    UZBEK_LATIN, false) : latin(russian(name), EVERYDAY, false);
            case KAZAKH_LATIN_2021 -> latin(name, KAZAKH_2021, false);
        };
    }

    /** Kazakh, Kyrgyz and Uzbek letters as Russian spelling writes them. */
    static String russian(String name) {
        StringBuilder russian = new StringBuilder(name.length());
        for (char letter : name.toCharArray()) {
            char c = Character.toLowerCase(letter);
            char written = switch (c) {
                case 'ә' -> 'а';
                case 'ғ' -> 'г';
                case 'қ' -> 'к';
                case 'ң' -> 'н';
                case 'ө' -> 'о';
                case 'ұ', 'ү', 'ў' -> 'у';
                case 'һ', 'ҳ' -> 'х';
                case 'і' -> 'и';
                default -> c;
            };
            russian.append(Character.isUpperCase(letter) ? Character.toUpperCase(written) : written);
        }
        return russian.toString();
    }

    /**
     * A Cyrillic name in Latin by a table of each letter's spellings (the first the most common); a word's initial е
     * takes the spelling under {@code "е0"} when the table has one. Words keep their capital.
     */
    private String latin(String name, Map<String, String[]> table, boolean passport) {
        StringBuilder latin = new StringBuilder(name.length() + 4);
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean initial = i == 0 || !Character.isLetter(lower.charAt(i - 1));
            String[] spellings = initial && table.containsKey(c + "0") ? table.get(c + "0") : table.get(String
                    .valueOf(c));
            String spelled = spellings == null ? String.valueOf(c) : spellings.length == 1 || passport
                    ? spellings[0] : spellings[random.nextDouble() < 0.55 ? 0 : 1 + random.nextInt(spellings.length
                            - 1)];
            if (initial && !spelled.isEmpty()) {
                spelled = Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
            }
            latin.append(spelled);
        }
        return latin.toString();
    }

    private static Map<String, String[]> table(String... entries) {
        Map<String, String[]> table = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("=", -1);
            table.put(parts[0], parts[1].split("\\|", -1));
        }
        return table;
    }

    private static final String[] COMMON = { "а=a", "б=b", "в=v", "г=g", "д=d", "з=z", "к=k", "л=l", "м=m", "н=n",
            "о=o", "п=p", "р=r", "с=s", "т=t", "у=u", "ф=f", "э=e" };

    private static String[] with(String[] base, String... entries) {
        String[] all = new String[base.length + entries.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(entries, 0, all, base.length, entries.length);
        return all;
    }

    /** A passport's Latin, after ICAO 9303 and the Kazakh and Kyrgyz passports: one spelling a letter. */
    static final Map<String, String[]> PASSPORT = table(with(COMMON, "ә=a", "ғ=g", "қ=k", "ң=n", "ө=o", "ұ=u",
            "ү=u", "ў=u", "һ=h", "ҳ=kh", "і=i", "е=e", "е0=ye", "ё=e", "ж=zh", "и=i", "й=y", "х=kh", "ц=ts",
            "ч=ch", "ш=sh", "щ=shch", "ъ=ie", "ы=y", "ь=", "ю=yu", "я=ya"));

    /** Everyday Latin, from the Russian spelling: each letter one of the spellings in use, the first most often. */
    static final Map<String, String[]> EVERYDAY = table(with(COMMON, "е=e", "е0=e|ye", "ё=e|yo|io", "ж=zh|j|dj",
            "и=i", "й=y|i|j", "х=kh|h", "ц=ts|c|tz", "ч=ch", "ш=sh", "щ=shch|sch|sh", "ъ=", "ы=y|i", "ь=|'",
            "ю=yu|iu|u", "я=ya|ia|a"));

    /** Uzbek Latin (1995): o', g', sh, ch, x, q, j, y. */
    static final Map<String, String[]> UZBEK_LATIN = table(with(COMMON, "ғ=g'", "қ=q", "ў=o'", "ҳ=h", "е=e",
            "е0=ye", "ё=yo", "ж=j", "и=i", "й=y", "х=x", "ц=ts", "ч=ch", "ш=sh", "щ=sh", "ъ='", "ы=i", "ь=",
            "ю=yu", "я=ya", "ә=a", "ң=ng", "ө=o", "ұ=u", "ү=u", "һ=h", "і=i"));

    /** Kazakh Latin of 2021, from the native Cyrillic. */
    static final Map<String, String[]> KAZAKH_2021 = table(with(COMMON, "ә=ä", "ғ=ğ", "қ=q", "ң=ñ", "ө=ö", "ұ=ū",
            "ү=ü", "ў=u", "һ=h", "ҳ=h", "і=ı", "е=e", "ё=io", "ж=j", "и=i", "й=i", "х=h", "ц=ts", "ч=ç", "ш=ş",
            "щ=şş", "ъ=", "ы=y", "ь=", "ю=iu", "я=ia"));

    static String femaleSurname(String surname) {
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")) {
            return surname + "а";
        }
        if (surname.endsWith("ский")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        return surname;
    }

    /** An element of a list ranked by how common it is: weights 1/(rank+1)^0.8. */
    private String zipf(List<String> ranked) {
        double total = 0;
        for (int i = 0; i < ranked.size(); i++) {
            total += Math.pow(i + 1, -0.8);
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < ranked.size(); i++) {
            draw -= Math.pow(i + 1, -0.8);
            if (draw <= 0) {
                return ranked.get(i);
            }
        }
        return ranked.getLast();
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Common names of one origin in their native Cyrillic spelling, most common first; surnames in male form. */
    record Names(List<String> male, List<String> female, List<String> surnames) {

        static Names of(Origin origin) {
            return switch (origin) {
                case KAZAKH -> KAZAKH_NAMES;
                case RUSSIAN -> RUSSIAN_NAMES;
                case KYRGYZ -> KYRGYZ_NAMES;
                case UZBEK -> UZBEK_NAMES;
            };
        }

        private static List<String> list(String names) {
            return List.of(names.split(" "));
        }
    }

    static final Names KAZAKH_NAMES = new Names(Names.list("Нұрлан Ерлан Серік Қайрат Асқар Бауыржан Дәурен Ержан "
            + "Жандос Айдар Арман Мұрат Ғалым Талғат Бекзат Дидар Әлібек Нұрсұлтан Ерболат Жасұлан Мақсат Санжар "
            + "Асылбек Ақжол Бақытжан Әділет Дархан Ербол Алмас Рүстем Темірлан Нұржан Бағлан Төлеген Қанат Болат "
            + "Азамат Ернар Дамир Әли"), Names.list("Жанар Әсел Айгүл Гүлнар Динара Жұлдыз Айжан Мадина Сәуле "
                    + "Ақмарал Гүлмира Салтанат Мөлдір Аружан Жансая Әйгерім Назерке Толқын Ләззат Балжан Күләш "
                    + "Дана Ақбота Индира Мейірім Зарина Ботагөз Айнұр Алтынай Шынар Гүлжан Ұлжан Нұргүл Райхан "
                    + "Перизат Қарлығаш Бибігүл Еркежан Томирис Анар"), Names.list("Ахметов Сейітов Жұмабаев "
                            + "Қасымов Омаров Серіков Әбдірахманов Тоқтаров Нұрланов Бекмұхамедов Сәрсенбаев "
                            + "Есенов Ысқақов Мұхаметжанов Оспанов Төлеуов Жақсылықов Байғожин Құнанбаев "
                            + "Әлімжанов Исаев Болатов Ермеков Дәулетов Қалиев Мамырбаев Сұлтанов Шәріпов "
                            + "Жаңабаев Орынбасаров Абдуллин Кенжебаев Тұрсынов Рахымжанов Бейсенов Асанов "
                            + "Мұсабаев Ибрагимов Нұрмағамбетов Темірбеков"));

    static final Names RUSSIAN_NAMES = new Names(Names.list("Александр Сергей Дмитрий Андрей Алексей Максим Евгений "
            + "Иван Михаил Артём Николай Владимир Игорь Олег Павел Роман Денис Виктор Юрий Константин Антон Илья "
            + "Кирилл Вячеслав Василий Станислав Григорий Фёдор Егор Тимофей"), Names.list("Елена Ольга Наталья "
                    + "Татьяна Ирина Светлана Анна Юлия Екатерина Мария Марина Людмила Галина Оксана Анастасия "
                    + "Валентина Евгения Ксения Дарья Алёна Виктория Любовь Надежда Вера Кристина Софья Яна Полина "
                    + "Жанна Зоя"), Names.list("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов "
                            + "Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов "
                            + "Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов "
                            + "Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Щербаков Жуков Белоусов "
                            + "Тихонов Ковалевский Вишневский Покровский"));

    static final Names KYRGYZ_NAMES = new Names(Names.list("Айбек Нурбек Бакыт Азамат Эрлан Улан Данияр Чыңгыз "
            + "Мирлан Талант Нурлан Бектур Эркин Адилет Жыргалбек Канат Медер Мирбек Үсөн Өмүрбек Темирлан Марат "
            + "Элдияр Жоомарт Тилек Нурсултан Бекзат Айдар Сыймык Курманбек"), Names.list("Айгүл Айпери Бермет "
                    + "Нургүл Жибек Чолпон Айзада Асель Мээрим Гүлнара Жылдыз Назгүл Бактыгүл Динара Эльмира "
                    + "Каныкей Айжамал Бурул Гүлзат Элнура Айсулуу Нуриза Алтынай Жаркын Толгонай Айнура Сезим "
                    + "Мөлдир Венера Аида"), Names.list("Асанов Бакиев Жээнбеков Токтогулов Сыдыков Абдыкадыров "
                            + "Осмонов Мамытов Исаков Жумабеков Турдубаев Кадыров Эсенов Сатыбалдиев Орозбеков "
                            + "Бейшеналиев Алымкулов Мамбетов Шаршеев Кенжебеков Токтосунов Үмөталиев Өмүрзаков "
                            + "Чынгышев Дүйшөнбиев Абылов Кудайбергенов Курманов Сагынбаев Эшимов"));

    static final Names UZBEK_NAMES = new Names(Names.list("Шоҳрух Жасур Улуғбек Отабек Ботир Рустам Фаррух Шерзод "
            + "Дилшод Бахтиёр Азиз Жамшид Санжар Ўткир Умид Ғайрат Анвар Баҳодир Зафар Нодир Тимур Элёр Ислом "
            + "Абдулла Хуршид Равшан Ҳасан Ҳусан Собир Хожиакбар"), Names.list("Дилноза Гулноза Нилуфар Мадина "
                    + "Шаҳло Феруза Зулфия Малика Нигора Дилфуза Гулчеҳра Мафтуна Севара Моҳира Ўғилой Юлдуз "
                    + "Лобар Нодира Гўзал Барно Сайёра Зилола Хуршида Мунира Наргиза Шоира Умида Ҳилола Комила "
                    + "Дилором"), Names.list("Каримов Юсупов Рахимов Абдуллаев Ахмедов Исмоилов Тошматов Холматов "
                            + "Турсунов Эргашев Усмонов Мирзаев Султонов Қодиров Назаров Раҳмонов Ғуломов Жўраев "
                            + "Норматов Хакимов Сайдуллаев Убайдуллаев Мухаммадиев Алиев Саидов Ҳамидов Шарипов "
                            + "Бобоев Азимов Ўринбоев"));
}
