#!/usr/bin/env python3
# Writes name-pairs.json and account-names.json from the hand-labelled lists
# below. Labels are a reader's judgement of the two strings, made before the
# checks were run on them; "ambiguous": true marks the pairs no reading of two
# strings can settle (the note says why). Run: python3 test/names/build-corpus.py
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
nfd = lambda s: unicodedata.normalize('NFD', s)
nfc = lambda s: unicodedata.normalize('NFC', s)

# ---------------------------------------------------------------- account names
# {name, cmecf, firm, note}: `name` is the PACER account name shown on the
# confirmation page, `cmecf` the attorney's CM/ECF name beside it.
F, P = True, False
accounts = []
def acc(name, firm, note, cmecf=None):
    accounts.append({'name': name, 'cmecf': cmecf or ('Jane Doe' if firm else name), 'firm': firm, 'note': note})

# firms, every common form
for n, note in [
    ('SMITH AND JONES', 'conjunction, upper case (issue 12)'), ('smith and jones', 'conjunction, lower case (issue 12)'),
    ('Smith and Jones', 'conjunction'), ('Doe, Smith, and Jones', 'serial comma list (issue 12)'),
    ('Doe, Smith and Jones', 'list without serial comma'), ('Smith + Jones', 'plus sign (issue 12)'), ('Smith+Jones', 'plus, no spaces'),
    ('Smith & Jones', 'ampersand'), ('Doe&Smith', 'ampersand, no spaces'), ('Smith &amp Jones', 'ampersand as a broken entity'),
    ('Doe & Doe', 'same surname twice'), ('Jane Doe and John Roe', 'two people'), ('Doe, Roe & Poe', 'three names'),
    ('Jane Doe PC', 'professional corporation (issue 12)'), ('Jane Doe, P.C.', 'P.C. dotted'), ('JANE DOE PC', 'PC, upper case'),
    ('Jane Doe PA', 'professional association (issue 12)'), ('Jane Doe, PA', 'PA after comma'), ('Jane Doe P.A.', 'P.A. dotted'),
    ('jane doe pa', 'PA, lower case'), ('Roe & Roe, P.A.', 'ampersand and P.A.'),
    ('Jane Doe APC', 'a professional corporation (issue 12)'), ('The Doe Law Group, APC', 'APC and Law Group'),
    ('Jane Doe PLC', 'PLC (issue 12)'), ('Jane Doe, S.C.', 'service corporation, Wisconsin (issue 12)'),
    ('Doe Law', 'Law as firm word (issue 12)'), ('Doe Legal', 'Legal as firm word (issue 12)'),
    ('Smith & Jones LLP', 'LLP'), ('Doe Smith LLP', 'LLP without conjunction'), ('DOE SMITH LLP', 'LLP, upper case'), ('doe smith llp', 'LLP, lower case'),
    ('Doe LLC', 'LLC'), ('Doe, L.L.C.', 'L.L.C. dotted'), ('Doe PLLC', 'PLLC'), ('Doe, P.L.L.C.', 'P.L.L.C. dotted'), ('Doe Legal, PLLC', 'Legal and PLLC'),
    ('Doe Law PLLC', 'Law and PLLC'), ('Doe Law LLC', 'Law and LLC'), ('Roe Law, P.C.', 'Law and P.C.'), ('Doe Law Firm, P.C.', 'Law Firm and P.C.'),
    ('The Roe Law Firm', 'Law Firm'), ('Law Offices of Jane Roe', 'Law Offices of'), ('Law Office of Jane Roe', 'Law Office of'), ('Doe Law Offices', 'Law Offices, after'),
    ('Roe & Associates', '& Associates'), ('Roe and Associates', 'and Associates'), ('Jane Roe & Assocs.', 'Assocs. abbreviated'),
    ('Roe Legal Group', 'Legal Group'), ('Roe Law Group', 'Law Group'), ('Roe Group', 'Group'), ('Roe Partners LLP', 'Partners'),
    ('Doe Ltd.', 'Ltd'), ('Doe Limited', 'Limited'), ('Doe Chartered', 'Chartered'), ('Doe, Chtd.', 'Chtd.'), ('Doe, Chartered', 'Chartered after comma'),
    ('Doe Smith Attorneys at Law', 'Attorneys at Law'), ('Jane Doe, Attorney at Law', 'a solo practice styled as a firm'),
    ('Doe Legal Services', 'Legal Services'), ('Legal Aid Society of Metro County', 'Legal Aid'), ('Doe Law Center', 'Law Center'),
    ('Doe Legal Clinic', 'Legal Clinic'), ('Doe Elder Law', 'Elder Law'), ('Doe Bankruptcy Law', 'Bankruptcy Law'), ('Doe Injury Lawyers', 'Lawyers'),
    ('Doe Lawyers', 'Lawyers'), ('Doe Advocates', 'Advocates'), ('Doe Attorneys', 'Attorneys'), ('Doe Firm', 'Firm'),
    ('Office of the Chapter 13 Trustee', 'a trustee office'), ('Chapter 13 Trustee', 'a trustee office, no person named'),
    ('United States Trustee', 'the U.S. Trustee'), ('Office of the U.S. Trustee', 'the U.S. Trustee office'),
    ('Federal Public Defender', 'a defender office'), ('Office of the Federal Public Defender', 'a defender office'),
    ('Doe & Co.', '& Co.'), ('Doe and Company', 'and Company'), ('Acme Co.', 'Co. with its dot'), ('Acme Corp.', 'Corp.'),
    ('Acme Corporation', 'Corporation'), ('Acme, Inc.', 'Inc.'), ('Acme Holdings', 'Holdings'), ('Doe Consulting LLC', 'LLC'),
    ('Doe LPA', 'legal professional association, Ohio'), ('Doe, L.P.A.', 'L.P.A. dotted'), ('Doe, APLC', 'APLC, Louisiana'),
    ('Doe, A Professional Law Corporation', 'spelled out'), ('Doe Professional Association', 'spelled out'),
    ('Doe Trust Company', 'trust company'), ('Wells Fargo Bank, N.A.', 'a bank (a creditor filer)'), ('Doe GmbH', 'German GmbH'), ('Doe S.A.', 'S.A.'),
    ('山田法律事務所', 'Japanese: law office'), ('金杜律师事务所', 'Chinese: law firm'), ('법무법인 광장', 'Korean: law firm'), ('ООО «Юрист»', 'Russian: LLC'),
    ('Doe LP', 'limited partnership'), ('Doe, L.C.', 'limited company, dotted'),
    # added after a probe of the rules (not in the first draft of the corpus)
    ('Doe | Smith', 'pipe between names'), ('Doe/Smith', 'slash between names'), ('Attorney General of Texas', 'an office'),
    ('Doe Abogados', 'Spanish: lawyers'), ('Doe Avocats', 'French: lawyers'), ('Doe Rechtsanwälte', 'German: lawyers'),
    ('Doe, P.S.', 'professional service corporation, Washington'), ('Jane Doe Law Firm', 'Law Firm after the name'), ('Doe Family Law', 'Family Law'),
    ('Doe Counsel PC', 'PC'), ('Doe Associates', 'Associates without a conjunction'), ("U.S. Attorney's Office", 'an office'),
]:
    acc(n, F, note)

# individuals, many with "and", "&"-like letters, "Co", "Law", "Pa" in their names
for n, note, *cm in [
    ('Jane Co', 'Co as a surname (issue 12)'), ('Co Nguyen', 'Co as a given name (issue 12)'), ('JANE CO', 'Co surname, upper case'), ('jane co', 'lower case'),
    ('Co Van Tran', 'Co given name, Van middle'), ('Coco Chan', 'Coco'), ('Andrew Coleman', '"and", "co" inside words'), ('ANDREW COLEMAN', 'upper case'),
    ('Candace Anderson', '"and" inside words'), ('Amanda Coe', '"and", "co" inside'), ('Andrea Sandoval', '"and" inside'), ('Alexander Anderson', '"and" inside'),
    ('Brandon Landry', '"and" inside'), ('Rolanda Andrews', '"and" inside'), ('Ferdinand Andersen', '"and" inside'), ('Sandy Anders', '"and" inside'),
    ('Dana Andrade', '"and" inside'), ('Randall Scott', '"and" inside'), ('Grant Candless', '"and" inside'), ('Ama Andoh', '"and" inside'),
    ('Corinne Cole', '"co" inside'), ('Cody Colby', '"co" inside'), ('Scott Corley', '"co" inside'), ('Jacob Cohen', '"co" inside'), ('Cory Corbin', '"co" inside'),
    ('Lawrence Lawson', '"law" inside'), ('Lawton Bankhead', '"law", "bank" inside'), ('Pace Bankston', '"pa", "bank" inside'), ('Ernesto Legaspi', '"lega" inside'),
    ('Jane Q. Attorney', 'the fixtures\' placeholder: Attorney as a surname'), ('Mary Ann Grant', 'two given names'),
    ('Pa Vang', 'Pa as a Hmong given name'), ('Vang, Pa', 'Last, First with Pa', 'Pa Vang'), ('VANG, PA', 'Last, First, upper case', 'Pa Vang'),
    ('P.A. Smith', 'initials P.A.'), ('P.C. Jones', 'initials P.C.'), ('Jane L.P. Doe', 'middle initials L.P.'), ('Doe, Jane S.C.', 'Last, First with initials S.C.', 'Jane S.C. Doe'),
    ('Jude Law', 'Law as a surname, the same CM/ECF name'), ('Jane Law', 'Law as a surname'), ('Law Wai-ming', 'Law as a family name, surname first'),
    ('Melissa Bank', 'Bank as a surname'), ('Jane Doe, Esq.', 'Esq.'), ('Jane Doe-Smith', 'hyphenated surname'), ('Robert Anderson, Esq.', 'Esq. and "and" inside', 'Robert J. Anderson'),
    ('Jane Doe, Chapter 13 Trustee', 'an individual trustee'), ('Jane Doe, Trustee', 'an individual trustee'), ('John Doe Jr.', 'suffix'), ('Dr. Jane Doe', 'honorific'),
    ('Hon. Jane Doe', 'honorific'), ('Jane Doe MD', 'degree'), ('Jane Doe, CPA', 'credential'), ('Jane Doe, J.D.', 'degree'),
    ('José Núñez', 'diacritics'), ('Nguyễn Văn An', 'Vietnamese'), ('山田太郎', 'Japanese'), ('김민준', 'Korean'), ('Иван Петров', 'Russian'), ('محمد علي', 'Arabic'),
    ('Γιώργος Παπαδόπουλος', 'Greek'), ('דוד כהן', 'Hebrew'), ("D'Angelo Rossi", 'apostrophe'), ("Mary O'Brien-Anderson", 'apostrophe, hyphen, "and" inside'),
    ('Jean-Luc Picard', 'hyphenated given name'), ('Ludwig van Beethoven', 'particle'), ('Maria de la Cruz', 'particles'), ('Ana Sofía Pérez y García', 'Spanish "y" between surnames'),
    ('Hans Müller', 'umlaut'), ('Sa Pham', 'Sa as a given name'), ('Lance Armstrong', '"co"-free control'), ('Chandler Bing', '"and" inside'),
    # added after a probe of the rules
    ('Jane Doe, LCSW', 'credential'), ('John Bank', 'Bank as a surname'), ('Jane Bank', 'Bank as a surname, middle initial on CM/ECF', 'Jane A. Bank'),
    ('Grace Law', 'Law as a surname'), ('LAW, GRACE', 'Law as a surname, Last, First', 'Grace Law'), ('Pa Lee', 'Pa as a given name'), ('Jane Doe II', 'suffix II'),
    ('Trustee, Jane Doe', 'role first', 'Jane Doe'), ('Dr. Jane Doe, PA-C', 'physician assistant credential', 'Jane Doe'), ('Mary Lou Anderson-Coe', '"and", "co" in a hyphenated surname'),
]:
    acc(n, P, note, cm[0] if cm else None)

# ---------------------------------------------------------------- name pairs
pairs = []
def pair(a, b, same, note, ambiguous=False):
    e = {'a': a, 'b': b, 'same': same, 'note': note}
    if ambiguous:
        e['ambiguous'] = True
    pairs.append(e)
S, D = True, False

# issue 12's own cases
for a, b in [('Doe, Jane', 'Jane Doe'), ('Jane Doe-Smith', 'Jane Doe'), ('Mary Jane Doe', 'Mary-Jane Doe'), ('José Núñez', 'Jose Nunez'),
             ("D\u2019Angelo Rossi", "D'Angelo Rossi"), ('Dr. Jane Doe', 'Jane Doe'), ('Mr. John Doe', 'John Doe'), ('Hon. Jane Doe', 'Jane Doe')]:
    pair(a, b, S, 'issue 12: must not raise a mismatch')
pair(nfd('José Núñez'), nfc('José Núñez'), S, 'issue 12: NFD vs NFC of the same name')
pair(nfd('Zoë Brontë'), nfc('Zoë Brontë'), S, 'NFD vs NFC')
pair('John Doe Jr.', 'John Doe Sr.', D, 'issue 12: differing generational suffixes')
pair('José Núñez', 'José Yáñez', D, 'issue 12: a different surname with the same accents')

# the same person
same = [
    ('ROBERT ANDERSON', 'robert anderson', 'case'), ('Jane DOE', 'jane doe', 'case'), ('Jane  Doe', 'Jane Doe', 'double space'), ('Jane\u00a0Doe', 'Jane Doe', 'no-break space'),
    ('Doe, Jane Q.', 'Jane Q. Doe', 'Last, First'), ('DOE, JANE', 'Jane Doe', 'Last, First, upper case'), ('Doe Smith, Jane', 'Jane Doe Smith', 'two-word surname, Last, First'),
    ('García López, José', 'José García López', 'Spanish, Last, First'), ('Doe, Jane, Jr.', 'Jane Doe Jr.', 'Last, First, suffix'), ('Doe Jr., John', 'John Doe Jr.', 'suffix with the surname'),
    ('Anderson, Robert J.', 'Robert Anderson', 'Last, First Middle'), ('de la Cruz, Maria', 'Maria de la Cruz', 'particles, Last, First'),
    ('Jane Doe-Smith', 'Jane Smith', 'one half of a hyphenated surname'), ('Jane Doe-Smith', 'Jane Doe Smith', 'hyphen vs space'), ('Jane Doe\u2013Smith', 'Jane Doe-Smith', 'en dash vs hyphen'),
    ('Jane Doe\u2011Smith', 'Jane Doe-Smith', 'non-breaking hyphen'), ('Jean-Luc Picard', 'Jean Luc Picard', 'hyphenated given name'), ('Jean-Luc Picard', 'Jean Picard', 'first part of a hyphenated given name'),
    ('Mary-Jane Doe', 'Mary Doe', 'first part of a hyphenated given name'), ('Anne-Marie Dupont', 'Anne Marie Dupont', 'hyphen vs space'),
    ("Mary O'Brien", 'Mary OBrien', 'apostrophe dropped'), ("Mary O\u2019Brien", "Mary O'Brien", 'curly apostrophe'), ("Mary O'Brien", 'Mary O Brien', 'apostrophe as a space'),
    ("Kevin O'Neil", "KEVIN O'NEIL", 'case with apostrophe'), ("Youssou N'Dour", "Youssou N\u2019Dour", 'curly apostrophe'), ("Jane D'Souza", 'Jane DSouza', 'apostrophe dropped'),
    ('José Núñez', 'JOSE NUNEZ', 'accents and case'), ('Zoë Brontë', 'Zoe Bronte', 'diaeresis'), ('Łukasz Kowalski', 'Lukasz Kowalski', 'Polish Ł'),
    ('Søren Kierkegaard', 'Soren Kierkegaard', 'Danish ø'), ('François Dupré', 'Francois Dupre', 'cedilla, acute'), ('Hans Müller', 'Hans Mueller', 'German umlaut transliterated'),
    ('Hans Müller', 'Hans Muller', 'umlaut dropped'), ('Björn Strauß', 'Bjorn Strauss', 'ß as ss'), ('Đặng Văn Lâm', 'Dang Van Lam', 'Vietnamese Đ'), ('Nguyễn Văn An', 'Nguyen Van An', 'Vietnamese marks'),
    ('İsmail Yılmaz', 'Ismail Yilmaz', 'Turkish dotted/dotless i'), ('Renée Côté', 'Renee Cote', 'French accents'), ('Åsa Ångström', 'Asa Angstrom', 'Swedish å'),
    ('Ｊａｎｅ Ｄｏｅ', 'Jane Doe', 'full-width letters (NFKC)'), ('Ætheling Smith', 'Aetheling Smith', 'æ ligature'),
    ('山田太郎', '山田太郎', 'identical Japanese'), ('山田 太郎', '山田太郎', 'Japanese with and without a space'), ('王伟', '王伟', 'identical Chinese'), ('김민준', '김민준', 'identical Korean'),
    ('김 민준', '김민준', 'Korean with and without a space'), ('Иван Петров', 'Иван Петров', 'identical Russian'), ('ИВАН ПЕТРОВ', 'Иван Петров', 'Russian case'), ('Ёлкин Иван', 'Елкин Иван', 'Russian Ё/Е'),
    ('محمد علي', 'محمد علي', 'identical Arabic'), ('أحمد حسن', 'احمد حسن', 'Arabic alef with and without hamza'), ('Γιώργος Παπαδόπουλος', 'ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ', 'Greek case'),
    ('Γιώργος Παπαδόπουλος', 'Γιωργος Παπαδοπουλος', 'Greek without tonos'), ('דוד כהן', 'דוד כהן', 'identical Hebrew'), ('राहुल शर्मा', 'राहुल शर्मा', 'identical Hindi'),
    (nfd('Nguyễn Văn An'), nfc('Nguyễn Văn An'), 'Vietnamese NFD vs NFC'), (nfd('김민준'), nfc('김민준'), 'Korean jamo NFD vs NFC'),
    ('Dr. Jane Doe', 'Jane Doe, Esq.', 'honorific vs suffix'), ('Mrs. Jane Doe', 'Jane Doe', 'Mrs.'), ('Ms. Jane Doe', 'Jane Doe', 'Ms.'), ('Ms Jane Doe', 'Jane Doe', 'Ms without dot'),
    ('The Honorable Jane Doe', 'Jane Doe', 'The Honorable'), ('Judge Jane Doe', 'Jane Doe', 'Judge'), ('Prof. Jane Doe', 'Jane Doe', 'Prof.'), ('Jane Doe, Esquire', 'Jane Doe', 'Esquire'),
    ('Jane Doe Esq', 'Jane Doe', 'Esq without dot or comma'), ('Jane Doe, J.D.', 'Jane Doe', 'J.D.'), ('Dr. Jane Doe, Ph.D.', 'Jane Doe', 'Dr. and Ph.D.'), ('Jane Doe, CPA', 'Jane Doe', 'CPA'),
    ('Jane Doe MD', 'Jane Doe', 'MD'), ('Mr. John Doe Jr.', 'John Doe, Jr.', 'honorific and suffix'),
    ('John Q. Attorney', 'John Attorney', 'middle initial'), ('Robert J. Anderson', 'Robert Anderson, Esq.', 'middle initial, Esq.'), ('R. Anderson', 'Robert Anderson', 'initial for the given name'),
    ('J. Robert Smith', 'Robert Smith', 'goes by the middle name'), ('John Allen Smith', 'John A. Smith', 'middle name vs its initial'), ('Mary Ann Grant', 'Mary Grant', 'second given name dropped'),
    ('J.R.R. Tolkien', 'John Ronald Reuel Tolkien', 'initials run together'), ('Jane Q Doe', 'Jane Q. Doe', 'initial with and without dot'), ('JR Smith', 'J.R. Smith', 'initials without dots'),
    ('John Michael Smith', 'John Smith', 'middle name dropped'), ('Mary Jane Doe', 'Jane Doe', 'goes by the second given name'), ('Jane Roe Doe', 'Jane Doe', 'maiden name as a middle name'),
    ('José García López', 'José García', 'second surname dropped'), ('Ana María Pérez Gómez', 'Ana Pérez', 'Spanish: second given name and second surname dropped'),
    ('Jane Doe Smith', 'Jane Doe-Smith', 'two surnames, space vs hyphen'), ('Jane Doe Smith', 'Jane Doe', 'married name added after the maiden name'),
    ('John Doe Jr.', 'John Doe, Jr.', 'suffix with and without comma'), ('John Doe Jr', 'John Doe Junior', 'Jr vs Junior'), ('John Doe III', 'John Doe, III', 'III with comma'),
    ('John Doe 3rd', 'John Doe III', '3rd vs III'), ('John Doe Sr.', 'John Doe Senior', 'Sr. vs Senior'), ('John Doe II', 'John Doe 2nd', 'II vs 2nd'),
    ('Maria de la Cruz', 'Maria De La Cruz', 'particle case'), ('Maria de la Cruz', 'Maria Cruz', 'particles dropped'), ('Ludwig van Beethoven', 'Ludwig Van Beethoven', 'particle case'),
    ('Jan van der Berg', 'Jan Vanderberg', 'particles written together'), ('Maria De La Cruz', 'Maria DeLaCruz', 'particles written together'),
    ('Jane Doe, Chapter 13 Trustee', 'Jane Doe', 'role after the name'), ('Jane Doe (Trustee)', 'Jane Doe', 'role in parentheses'), ('Jane Doe Trustee', 'Jane Doe', 'role without comma'),
    ('Robert "Bob" Smith', 'Robert Smith', 'nickname in quotes'), ('Robert \u201cBob\u201d Smith', 'Robert Smith', 'nickname in curly quotes'),
    ('Jude Law', 'Jude Law', 'Law as a surname'), ('Pa Vang', 'Vang, Pa', 'Pa as a given name, Last, First'), ('Jane Co', 'Jane Co', 'Co as a surname'), ('Co Nguyen', 'Co Nguyen', 'Co as a given name'),
    ('Andrew Coleman', 'Andrew Coleman', '"and", "co" inside'), ('Candace Anderson', 'CANDACE ANDERSON', '"and" inside, case'), ('Amanda Coe', 'Amanda J. Coe', 'middle initial'),
    ('Mary Ann Smith-Jones', 'Mary Smith-Jones', 'given dropped, hyphenated surname kept'), ('Smith-Jones, Mary Ann', 'Mary Ann Smith-Jones', 'Last, First with hyphen'),
    ('Lee, Min-jun', 'Min-jun Lee', 'Korean romanised, Last, First'), ('Nguyen, Van An', 'Van An Nguyen', 'Last, First'), ('Jane Q. Placeholder', 'Jane Q. Placeholder', 'the capture placeholder'),
    ('Sam Q. Attorney', 'Sam Attorney', 'fixture names'), ('John Attorney', 'John Attorney', 'fixture names'),
]
for a, b, note in same:
    pair(a, b, S, note)

# different people
diff = [
    ('Jane Roe', 'Jane Doe', 'different surname'), ('Jane Q. Attorney', 'John R. Paralegal', 'a colleague'), ('Jane Roe', 'Mary Roe', 'different given name'),
    ('John Smith', 'Jane Smith', 'different given name'), ('Robert Anderson', 'Thomas Anderson', 'different given name'), ('R. Anderson', 'Thomas Anderson', 'initial of another name'),
    ('J. Smith', 'Mary Smith', 'initial of another name'), ('John A. Smith', 'John B. Smith', 'different middle initials'), ('Mary Ann Doe', 'Mary Beth Doe', 'different middle names'),
    ('John Doe II', 'John Doe III', 'different generations'), ('John Doe, Jr.', 'John Doe Sr', 'Jr. vs Sr.'), ('John Doe Jr.', 'John Doe III', 'Jr. vs III'), ('John Doe Sr.', 'John Doe II', 'Sr. vs II'),
    ('Doe, John, Jr.', 'John Doe Sr.', 'Last, First, differing suffixes'), ('John Doe IV', 'John Doe III', 'IV vs III'),
    ('José Núñez', 'José Nuñes', 'different spelling of the surname'), ('Hans Müller', 'Hans Miller', 'Müller vs Miller'),
    ('Jane Doe-Smith', 'Jane Doe-Jones', 'different second half of a hyphenated surname'), ('Jane Smith', 'Jane Doe', 'different surname'), ('Jane Doe', 'John Doe', 'spouse'),
    ('Doe Law', 'Jane Doe', 'a firm account vs the attorney'), ('Jane Doe PA', 'Jane Doe', 'the attorney\'s professional association'), ('Law Offices of Jane Doe', 'Jane Doe', 'the attorney\'s firm'),
    ('Smith & Jones LLP', 'Jane Smith', 'a firm'), ('Jane Doe, P.C.', 'Jane Doe', 'the attorney\'s P.C.'), ('Doe Legal', 'Jane Doe', 'a firm'), ('Doe and Associates', 'Jane Doe', 'a firm'),
    ('Chapter 13 Trustee', 'Jane Doe', 'a trustee office'), ('SMITH AND JONES', 'Jane Smith', 'a firm'),
    ('山田太郎', '山田花子', 'Japanese: different given name'), ('王伟', '王芳', 'Chinese: different given name'), ('Иван Петров', 'Иван Сидоров', 'Russian: different surname'),
    ('محمد علي', 'محمد حسن', 'Arabic: different name'), ('김민준', '김서준', 'Korean: different given name'), ('Γιώργος Παπαδόπουλος', 'Νίκος Παπαδόπουλος', 'Greek: different given name'),
    ('Jane Anderson', 'Jane Andersen', 'Anderson vs Andersen'), ('Jon Smith', 'John Smith', 'Jon vs John'), ('Ann Lee', 'Anna Lee', 'Ann vs Anna'), ('Maria Garcia', 'Mario Garcia', 'one letter'),
    ('Jane Doe', 'Jane Dow', 'one letter'), ('Christopher Smith', 'Christina Smith', 'shared prefix'), ('Andrew Coleman', 'Andrew Cole', 'surname prefix'), ('Jane Co', 'Jane Cole', 'surname prefix'),
    ('Co Nguyen', 'Cody Nguyen', 'given prefix, not an initial'), ('Jude Law', 'Jude Lawson', 'surname prefix'), ('Pa Vang', 'Pao Vang', 'different given name'),
    ('Jane Q. Placeholder', 'John R. Placeholder', 'the capture placeholders'), ('Mary Jane Doe', 'Mary Ann Doe', 'different second given names'),
    ('Ana María Pérez Gómez', 'Ana María López Gómez', 'different first surname'), ('José García López', 'José Martínez López', 'different first surname'),
    ('Lee, Min-jun', 'Lee, Seo-jun', 'different given name'), ('Nguyen Van An', 'Nguyen Van Binh', 'different given name'), ('Đặng Văn Lâm', 'Đặng Văn Long', 'different given name'),
    ('Zoë Brontë', 'Zoë Bronson', 'different surname'), ('Søren Kierkegaard', 'Søren Kirkegaard', 'one letter'),
]
for a, b, note in diff:
    pair(a, b, D, note)

# a pair per template over a set of names: Last-First and honorific variants (same), another surname (different)
base = [('Alicia', 'Fernández'), ('Benjamin', 'Okafor'), ('Chen', 'Wei'), ('Dmitri', 'Volkov'), ('Eleanor', 'Whitfield'), ('Farah', 'Haddad'),
        ('Gustavo', 'Pereira'), ('Hiroshi', 'Tanaka'), ('Ingrid', 'Larsen'), ('Jamal', 'Washington'), ('Keiko', 'Sato'), ('Liam', "O'Connor"),
        ('Malia', 'Kealoha'), ('Nadia', 'Kowalczyk'), ('Oluwaseun', 'Adeyemi'), ('Priya', 'Raghunathan'), ('Quinn', 'McAllister'), ('Rosa', 'Jiménez')]
others = ['Baxter', 'Delgado', 'Ferreira', 'Holloway', 'Ivanova', 'Jensen', 'Kaplan', 'Lindqvist', 'Moreau', 'Nakamura', 'Osei', 'Petrov',
          'Quintero', 'Rahman', 'Schultz', 'Thompson', 'Underwood', 'Vasquez']
for (g, f), o in zip(base, others):
    pair(f'{f}, {g}', f'{g} {f}', S, 'template: Last, First')
    pair(f'Dr. {g} {f}', f'{g.upper()} {f.upper()}', S, 'template: honorific and case')
    pair(f'{g} {f}', f'{g} {o}', D, 'template: another surname')
    pair(f'{g} {f}', f'{g} {f} Jr.' if len(g) % 2 else f'{g} {f}, III', S, 'template: a suffix on one side only', ambiguous=True)

# pairs no reading of two strings settles: labelled by the likelier reading, marked ambiguous
for a, b, same_, note in [
    ('Jane Doe', 'Doe Jane', S, 'surname first without a comma (East Asian order), or two people'),
    ('Wang Wei', 'Wei Wang', S, 'both orders are common names of different people'),
    ('Robert Smith', 'Bob Smith', S, 'a nickname: likely the same person, not provable'),
    ('William Jones', 'Bill Jones', S, 'a nickname'),
    ('Иван Петров', 'Ivan Petrov', S, 'the same name in two scripts: transliteration is not comparison'),
    ('Hans Muller', 'Hans Mueller', S, 'two transliterations of Müller, neither written with the umlaut'),
    ('John Doe Jr.', 'John Doe', S, 'a suffix on one side only: the same man, or father and son'),
    ('John Michael Smith', 'Michael Smith', S, 'goes by the middle name, or another man'),
    ('John Allen Smith', 'John Allen', S, 'Allen as a middle name or a surname'),
]:
    pair(a, b, same_, note, ambiguous=True)

json.dump(accounts, open(os.path.join(HERE, 'account-names.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(pairs, open(os.path.join(HERE, 'name-pairs.json'), 'w'), ensure_ascii=False, indent=1)
print(len(accounts), 'account names', sum(a['firm'] for a in accounts), 'firms;', len(pairs), 'pairs', sum(p['same'] for p in pairs), 'same,', sum(1 for p in pairs if p.get('ambiguous')), 'ambiguous')
