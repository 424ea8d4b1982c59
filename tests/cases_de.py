"""Hand-written gold test cases for German quote and entity extraction.

Every text is invented for this test set. The expected values were written
by hand from reading the texts (not from any program output).

Conventions (summary):
- quote "text": direct = characters between the quotation marks; indirect =
  reported clause without leading "dass", without sentence-final period and
  without attribution words.
- "speaker": fullest name given in the text, or the ORG name, or for an
  unnamed speaker the noun phrase with a lower-case leading article.
- "speaker_mention": words naming the speaker at that quote, as written.
- "cue": verb/phrase of saying as written, separable particles joined with
  one space; "laut"/"Laut", "Nach Angaben", "zufolge" for those patterns.
- "paragraph": 1-based.
- entity "mentions": PER = full name + surname alone + inflected surname
  (pronouns and role nouns excluded); LOC = exact name, also inside a
  hyphenated compound, not inside an unhyphenated compound or adjective;
  DATE = identical occurrences of the written expression; a named week
  ("kommende Woche") is a DATE whose "normalized" is None.
- DATE "normalized": resolved against reference_date (weekday = most recent
  such weekday on or before the reference date, inclusive; day+month without
  year = the year that puts it on or before the reference date);
  "XXXX-MM-DD" / None when reference_date is None.
- Generic institution nouns ("die Polizei", "die Feuerwehr", "Stadträte",
  "Betriebsratschefin") are not entities.
"""

CASES: list[dict] = [
    # ------------------------------------------------------------------ 1
    {
        "id": "freiburg-radweg",
        "reference_date": "2024-03-14",  # Thursday
        "paragraphs": [
            "In Freiburg hat eine knappe Mehrheit der Stadträte am Mittwoch den "
            "Ausbau eines durchgehenden Radwegs in der Innenstadt beschlossen. Die "
            "Kosten liegen nach ersten Schätzungen bei rund 2,4 Millionen Euro.",
            "Oberbürgermeisterin Anna Berger zeigte sich erleichtert. „Das ist ein "
            "guter Tag für alle, die in unserer Stadt sicher unterwegs sein wollen“, "
            "sagte Berger nach der Sitzung. Sie betonte, die Baustelle werde den "
            "Geschäftsverkehr so wenig wie möglich beeinträchtigen.",
            "Kritik kam von der CDU. Fraktionschef Thomas Keller sagte, dass durch "
            "den Radweg mehr als 80 Parkplätze wegfallen würden. Er kündigte an, die "
            "Fraktion werde den Beschluss rechtlich prüfen lassen.",
        ],
        "quotes": [
            {
                "text": "Das ist ein guter Tag für alle, die in unserer Stadt sicher unterwegs sein wollen",
                "type": "direct",
                "speaker": "Anna Berger",
                "speaker_mention": "Berger",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "die Baustelle werde den Geschäftsverkehr so wenig wie möglich beeinträchtigen",
                "type": "indirect",
                "speaker": "Anna Berger",
                "speaker_mention": "Sie",
                "cue": "betonte",
                "paragraph": 2,
            },
            {
                "text": "durch den Radweg mehr als 80 Parkplätze wegfallen würden",
                "type": "indirect",
                "speaker": "Thomas Keller",
                "speaker_mention": "Fraktionschef Thomas Keller",
                "cue": "sagte",
                "paragraph": 3,
            },
            {
                "text": "die Fraktion werde den Beschluss rechtlich prüfen lassen",
                "type": "indirect",
                "speaker": "Thomas Keller",
                "speaker_mention": "Er",
                "cue": "kündigte an",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Freiburg", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Mittwoch", "type": "DATE", "mentions": 1, "normalized": "2024-03-13"},
            {"name": "Anna Berger", "type": "PER", "mentions": 2, "normalized": None},
            {"name": "CDU", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Thomas Keller", "type": "PER", "mentions": 1, "normalized": None},
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "id": "nordwerk-stellenabbau",
        "reference_date": "2023-11-09",  # Thursday
        "paragraphs": [
            "Der Maschinenbauer Nordwerk AG streicht an seinem Stammsitz in "
            "Bielefeld rund 400 Stellen. Vorstandschef Markus Hahn gab am Dienstag "
            "bekannt, dass der Abbau bis Ende 2025 abgeschlossen sein solle.",
            "Als Gründe nannte Hahn die schwache Nachfrage aus China und hohe "
            "Energiekosten. „Wir haben lange gehofft, dass sich der Markt erholt. "
            "Diese Hoffnung hat sich leider nicht erfüllt“, sagte er.",
            "Betriebsratschefin Claudia Neumann kritisierte, die Beschäftigten "
            "müssten nun die Fehler des Managements ausbaden. Die IG Metall "
            "kündigte für die kommende Woche Proteste vor dem Werkstor an.",
        ],
        "quotes": [
            {
                "text": "der Abbau bis Ende 2025 abgeschlossen sein solle",
                "type": "indirect",
                "speaker": "Markus Hahn",
                "speaker_mention": "Vorstandschef Markus Hahn",
                "cue": "gab bekannt",
                "paragraph": 1,
            },
            {
                "text": "Wir haben lange gehofft, dass sich der Markt erholt. Diese Hoffnung hat sich leider nicht erfüllt",
                "type": "direct",
                "speaker": "Markus Hahn",
                "speaker_mention": "er",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "die Beschäftigten müssten nun die Fehler des Managements ausbaden",
                "type": "indirect",
                "speaker": "Claudia Neumann",
                "speaker_mention": "Betriebsratschefin Claudia Neumann",
                "cue": "kritisierte",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Nordwerk AG", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Bielefeld", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Markus Hahn", "type": "PER", "mentions": 2, "normalized": None},
            {"name": "Dienstag", "type": "DATE", "mentions": 1, "normalized": "2023-11-07"},
            {"name": "China", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Claudia Neumann", "type": "PER", "mentions": 1, "normalized": None},
            {"name": "IG Metall", "type": "ORG", "mentions": 1, "normalized": None},
            # A named week is a DATE without a day value (convention of tests/gold).
            {"name": "kommende Woche", "type": "DATE", "mentions": 1, "normalized": None},
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "id": "bgh-eigenbedarf",
        "reference_date": "2024-06-20",  # Thursday
        "paragraphs": [
            "Der Bundesgerichtshof in Karlsruhe hat am 19. Juni die Rechte von "
            "Mietern bei Eigenbedarfskündigungen gestärkt. Vermieter müssen künftig "
            "genauer begründen, warum sie eine Wohnung selbst nutzen wollen.",
            "Die Vorsitzende Richterin Sabine Hartmann sagte bei der "
            "Urteilsverkündung: »Ein bloß vorgeschobener Eigenbedarf darf nicht zum "
            "Verlust der Wohnung führen.« Geklagt hatte eine Rentnerin aus Hannover, "
            "die nach mehr als 30 Jahren ihre Wohnung räumen sollte.",
            "Rechtsanwalt Stefan Brandt, der die Klägerin vertreten hatte, erklärte, "
            "das Urteil werde bundesweit Tausenden Mietern helfen. Vertreter der "
            "Eigentümerverbände kritisierten hingegen, dass die Hürden für Vermieter "
            "nun zu hoch seien.",
        ],
        "quotes": [
            {
                "text": "Ein bloß vorgeschobener Eigenbedarf darf nicht zum Verlust der Wohnung führen.",
                "type": "direct",
                "speaker": "Sabine Hartmann",
                "speaker_mention": "Die Vorsitzende Richterin Sabine Hartmann",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "das Urteil werde bundesweit Tausenden Mietern helfen",
                "type": "indirect",
                "speaker": "Stefan Brandt",
                "speaker_mention": "Rechtsanwalt Stefan Brandt",
                "cue": "erklärte",
                "paragraph": 3,
            },
            {
                "text": "die Hürden für Vermieter nun zu hoch seien",
                "type": "indirect",
                "speaker": "Vertreter der Eigentümerverbände",
                "speaker_mention": "Vertreter der Eigentümerverbände",
                "cue": "kritisierten",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Bundesgerichtshof", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Karlsruhe", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "19. Juni", "type": "DATE", "mentions": 1, "normalized": "2024-06-19"},
            {"name": "Sabine Hartmann", "type": "PER", "mentions": 1, "normalized": None},
            {"name": "Hannover", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Stefan Brandt", "type": "PER", "mentions": 1, "normalized": None},
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "id": "hertha-aufstieg",
        "reference_date": "2024-05-26",  # Sunday
        "paragraphs": [
            "Hertha BSC hat am Samstag mit einem 3:1-Sieg beim Hamburger SV den "
            "Aufstieg perfekt gemacht. Vor mehr als 57.000 Zuschauern trafen "
            "zweimal Jonas Weber und einmal Kapitän Lukas Schmidt.",
            "Trainer Michael Seidel sprach nach dem Abpfiff von einem "
            "„Sommermärchen“. „Diese Mannschaft hat nie aufgegeben. Ich bin "
            "unglaublich stolz auf die Jungs!“, sagte Seidel. Er fügte hinzu, dass "
            "der Verein nun in Ruhe die Kaderplanung angehen könne.",
            "Weber, der erst im Winter aus Dänemark gekommen war, erklärte, er habe "
            "nicht mit einer solchen Saison gerechnet. In Berlin feierten Tausende "
            "Fans bis in den Sonntag hinein.",
        ],
        "quotes": [
            # „Sommermärchen“: a single quoted word, his own, as "sprach von" names it.
            {
                "text": "Sommermärchen",
                "type": "direct",
                "speaker": "Michael Seidel",
                "speaker_mention": "Trainer Michael Seidel",
                "cue": "sprach",
                "paragraph": 2,
            },
            {
                "text": "Diese Mannschaft hat nie aufgegeben. Ich bin unglaublich stolz auf die Jungs!",
                "type": "direct",
                "speaker": "Michael Seidel",
                "speaker_mention": "Seidel",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "der Verein nun in Ruhe die Kaderplanung angehen könne",
                "type": "indirect",
                "speaker": "Michael Seidel",
                "speaker_mention": "Er",
                "cue": "fügte hinzu",
                "paragraph": 2,
            },
            {
                "text": "er habe nicht mit einer solchen Saison gerechnet",
                "type": "indirect",
                "speaker": "Jonas Weber",
                "speaker_mention": "Weber",
                "cue": "erklärte",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Hertha BSC", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Samstag", "type": "DATE", "mentions": 1, "normalized": "2024-05-25"},
            {"name": "Hamburger SV", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Jonas Weber", "type": "PER", "mentions": 2, "normalized": None},
            {"name": "Lukas Schmidt", "type": "PER", "mentions": 1, "normalized": None},
            {"name": "Michael Seidel", "type": "PER", "mentions": 2, "normalized": None},
            {"name": "Dänemark", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Berlin", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Sonntag", "type": "DATE", "mentions": 1, "normalized": "2024-05-26"},
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "id": "charite-bluttest",
        "reference_date": None,
        "paragraphs": [
            "Forscher der Charité in Berlin haben einen Bluttest entwickelt, der "
            "Hinweise auf eine beginnende Demenz schon Jahre vor den ersten "
            "Symptomen liefern soll. Die Studie erschien am 4. März in einer "
            "internationalen Fachzeitschrift.",
            '"Wir konnten zeigen, dass bestimmte Eiweiße im Blut schon sehr früh '
            'verändert sind", sagte Studienleiterin Julia Wendt am Montag. Wendts '
            "Team hatte dafür Blutproben von mehr als 2.000 Menschen aus Deutschland "
            "und Schweden ausgewertet.",
            "Der Neurologe Klaus Berndt, der nicht an der Studie beteiligt war, "
            "sagte, der Test könne eine ärztliche Diagnose nicht ersetzen. Bis zu "
            "einer Zulassung würden noch mehrere Jahre vergehen, meinte er.",
        ],
        "quotes": [
            {
                "text": "Wir konnten zeigen, dass bestimmte Eiweiße im Blut schon sehr früh verändert sind",
                "type": "direct",
                "speaker": "Julia Wendt",
                "speaker_mention": "Studienleiterin Julia Wendt",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "der Test könne eine ärztliche Diagnose nicht ersetzen",
                "type": "indirect",
                "speaker": "Klaus Berndt",
                "speaker_mention": "Der Neurologe Klaus Berndt",
                "cue": "sagte",
                "paragraph": 3,
            },
            {
                "text": "Bis zu einer Zulassung würden noch mehrere Jahre vergehen",
                "type": "indirect",
                "speaker": "Klaus Berndt",
                "speaker_mention": "er",
                "cue": "meinte",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Charité", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Berlin", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "4. März", "type": "DATE", "mentions": 1, "normalized": "XXXX-03-04"},
            {
                "name": "Julia Wendt",
                "type": "PER",
                "mentions": 2,
                "normalized": None,
            },  # incl. genitive "Wendts"
            {"name": "Montag", "type": "DATE", "mentions": 1, "normalized": None},
            {"name": "Deutschland", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Schweden", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Klaus Berndt", "type": "PER", "mentions": 1, "normalized": None},
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "id": "unwetter-suedwesten",  # no quotes, no PER, no ORG
        "reference_date": "2023-08-15",  # Tuesday
        "paragraphs": [
            "Am Montag haben heftige Gewitter in weiten Teilen des Südwestens für "
            "Überschwemmungen gesorgt. Besonders betroffen waren Stuttgart und "
            "Heilbronn, wo innerhalb einer Stunde mehr als 60 Liter Regen pro "
            "Quadratmeter fielen.",
            "Die Feuerwehr rückte zu mehr als 300 Einsätzen aus. Zahlreiche Keller "
            "liefen voll, mehrere Straßen mussten gesperrt werden. Auch der "
            "Bahnverkehr zwischen Stuttgart und Ulm war stundenlang unterbrochen.",
            "Bereits am 12. August hatte ein Sturm in der Region Bäume entwurzelt "
            "und Dächer abgedeckt. Für Dienstag werden erneut Unwetter erwartet.",
        ],
        "quotes": [],
        "entities": [
            {"name": "Montag", "type": "DATE", "mentions": 1, "normalized": "2023-08-14"},
            {"name": "Stuttgart", "type": "LOC", "mentions": 2, "normalized": None},
            {"name": "Heilbronn", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Ulm", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "12. August", "type": "DATE", "mentions": 1, "normalized": "2023-08-12"},
            {"name": "Dienstag", "type": "DATE", "mentions": 1, "normalized": "2023-08-15"},
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "id": "graz-juwelier",
        "reference_date": "2024-01-22",  # Monday
        "paragraphs": [
            "Bei einem Einbruch in ein Juweliergeschäft in der Innenstadt von Graz "
            "haben Unbekannte in der Nacht auf Sonntag Schmuck im Wert von mehreren "
            "Hunderttausend Euro erbeutet.",
            "Nach Angaben von Polizeisprecher Thomas Huber drangen die Täter über "
            "einen Hinterhof in das Geschäft ein. Die Alarmanlage sei zuvor gezielt "
            "ausgeschaltet worden, sagte Huber. Er sagte: »Wir gehen von einer "
            "hochprofessionell geplanten Tat aus.«",
            "Geschäftsinhaberin Petra Lang sagte, der Laden bleibe vorerst "
            "geschlossen. Die Polizei bittet Zeugen, die am Samstag verdächtige "
            "Fahrzeuge in der Nähe bemerkt haben, sich zu melden.",
        ],
        "quotes": [
            {
                "text": "drangen die Täter über einen Hinterhof in das Geschäft ein",
                "type": "indirect",
                "speaker": "Thomas Huber",
                "speaker_mention": "Polizeisprecher Thomas Huber",
                "cue": "Nach Angaben",
                "paragraph": 2,
            },
            {
                "text": "Die Alarmanlage sei zuvor gezielt ausgeschaltet worden",
                "type": "indirect",
                "speaker": "Thomas Huber",
                "speaker_mention": "Huber",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "Wir gehen von einer hochprofessionell geplanten Tat aus.",
                "type": "direct",
                "speaker": "Thomas Huber",
                "speaker_mention": "Er",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "der Laden bleibe vorerst geschlossen",
                "type": "indirect",
                "speaker": "Petra Lang",
                "speaker_mention": "Geschäftsinhaberin Petra Lang",
                "cue": "sagte",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Graz", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Sonntag", "type": "DATE", "mentions": 1, "normalized": "2024-01-21"},
            {"name": "Thomas Huber", "type": "PER", "mentions": 2, "normalized": None},
            {"name": "Petra Lang", "type": "PER", "mentions": 1, "normalized": None},
            {"name": "Samstag", "type": "DATE", "mentions": 1, "normalized": "2024-01-20"},
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "id": "mainz-quereinsteiger",
        "reference_date": "2024-09-05",  # Thursday
        "paragraphs": [
            "Das Bildungsministerium will den Lehrermangel an Grundschulen mit einem "
            "neuen Programm für Quereinsteiger bekämpfen. Bildungsministerin Katrin "
            "Vogt stellte die Pläne am Mittwoch in Mainz vor.",
            "„Wir können es uns nicht leisten, auch nur eine einzige Stelle "
            "unbesetzt zu lassen“, sagte die Ministerin. Sie räumte ein, dass das "
            "Programm allein nicht ausreichen werde.",
            "Laut GEW fehlen im Land derzeit mehr als 1.200 Lehrkräfte. Experten "
            "gehen davon aus, dass sich die Lage in den kommenden Jahren noch "
            "verschärfen wird.",
        ],
        "quotes": [
            {
                "text": "Wir können es uns nicht leisten, auch nur eine einzige Stelle unbesetzt zu lassen",
                "type": "direct",
                "speaker": "Katrin Vogt",
                "speaker_mention": "die Ministerin",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "das Programm allein nicht ausreichen werde",
                "type": "indirect",
                "speaker": "Katrin Vogt",
                "speaker_mention": "Sie",
                "cue": "räumte ein",
                "paragraph": 2,
            },
            {
                "text": "fehlen im Land derzeit mehr als 1.200 Lehrkräfte",
                "type": "indirect",
                "speaker": "GEW",
                "speaker_mention": "GEW",
                "cue": "Laut",
                "paragraph": 3,
            },
            {
                "text": "sich die Lage in den kommenden Jahren noch verschärfen wird",
                "type": "indirect",
                "speaker": "Experten",
                "speaker_mention": "Experten",
                "cue": "gehen davon aus",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Bildungsministerium", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Katrin Vogt", "type": "PER", "mentions": 1, "normalized": None},
            {"name": "Mittwoch", "type": "DATE", "mentions": 1, "normalized": "2024-09-04"},
            {"name": "Mainz", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "GEW", "type": "ORG", "mentions": 1, "normalized": None},
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "id": "tourismus-halbjahr",  # no quotes, no PER
        "reference_date": None,
        "paragraphs": [
            "Die Zahl der Übernachtungen in Hotels und Pensionen ist im ersten "
            "Halbjahr deutlich gestiegen. Besonders gefragt waren Städtereisen nach "
            "Dresden, Leipzig und Potsdam. Die Statistikbehörde Destatis "
            "veröffentlichte die Zahlen am 14.07.2023.",
            "Auch Gäste aus dem Ausland kamen wieder häufiger. Die meisten "
            "ausländischen Besucher reisten aus Polen, Österreich und Frankreich an. "
            "In Leipzig stieg die Zahl der Übernachtungen um zwölf Prozent.",
            "Die Branche hatte während der Pandemie schwere Einbußen erlitten. Die "
            "Daten für die einzelnen Bundesländer folgen am 21. Juli.",
        ],
        "quotes": [],
        "entities": [
            {"name": "Dresden", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Leipzig", "type": "LOC", "mentions": 2, "normalized": None},
            {"name": "Potsdam", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Destatis", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "14.07.2023", "type": "DATE", "mentions": 1, "normalized": "2023-07-14"},
            {"name": "Polen", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Österreich", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Frankreich", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "21. Juli", "type": "DATE", "mentions": 1, "normalized": "XXXX-07-21"},
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "id": "kassel-haushalt",
        "reference_date": "2023-02-03",  # Friday
        "paragraphs": [
            "Kassel muss in diesem Jahr deutlich sparen. Laut Stadtkämmerer Andreas "
            "Krämer fehlen im Haushalt rund 35 Millionen Euro.",
            "Krämer legte am Donnerstag eine Liste mit 40 Sparvorschlägen vor, "
            "darunter kürzere Öffnungszeiten der Stadtbibliothek und die Schließung "
            "von zwei Hallenbädern. Er sagte, ohne diese Schritte hätten die "
            "Aufsichtsbehörden den Haushalt nicht genehmigt.",
            "Kritik kam von der SPD. Fraktionschef Martin Schäfer sagte: „Wer bei "
            "Bädern und Büchereien spart, spart an der Zukunft unserer Kinder.“ "
            "Bereits am 27. Januar hatten Eltern vor dem Rathaus gegen mögliche "
            "Kürzungen protestiert.",
        ],
        "quotes": [
            {
                "text": "fehlen im Haushalt rund 35 Millionen Euro",
                "type": "indirect",
                "speaker": "Andreas Krämer",
                "speaker_mention": "Stadtkämmerer Andreas Krämer",
                "cue": "Laut",
                "paragraph": 1,
            },
            {
                "text": "ohne diese Schritte hätten die Aufsichtsbehörden den Haushalt nicht genehmigt",
                "type": "indirect",
                "speaker": "Andreas Krämer",
                "speaker_mention": "Er",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "Wer bei Bädern und Büchereien spart, spart an der Zukunft unserer Kinder.",
                "type": "direct",
                "speaker": "Martin Schäfer",
                "speaker_mention": "Fraktionschef Martin Schäfer",
                "cue": "sagte",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Kassel", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Andreas Krämer", "type": "PER", "mentions": 2, "normalized": None},
            {"name": "Donnerstag", "type": "DATE", "mentions": 1, "normalized": "2023-02-02"},
            {"name": "SPD", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Martin Schäfer", "type": "PER", "mentions": 1, "normalized": None},
            {"name": "27. Januar", "type": "DATE", "mentions": 1, "normalized": "2023-01-27"},
        ],
    },
    # ------------------------------------------------------------------ 11
    {
        "id": "bremerhaven-windpark",
        "reference_date": "2022-10-28",  # Friday
        "paragraphs": [
            # One subject, two saying verbs joined by "und" -> two quotes.
            "Die Aurelia Energie GmbH will vor der Küste bei Bremerhaven einen neuen "
            "Windpark errichten. Geschäftsführerin Susanne Krüger sagte am Freitag, "
            "das Projekt sei ein wichtiger Schritt für die Energiewende und betonte, "
            "die ersten Anlagen könnten bereits in drei Jahren Strom liefern.",
            "Krüger zufolge sollen insgesamt 40 Turbinen mit einer Leistung von je "
            "15 Megawatt entstehen. Die Investitionen beziffert das Unternehmen auf "
            "rund drei Milliarden Euro.",
            "Umweltverbände äußerten sich zurückhaltend. Ein Sprecher des Nabu "
            "sagte, man werde die Auswirkungen auf Schweinswale und Zugvögel genau "
            "prüfen.",
        ],
        "quotes": [
            {
                "text": "das Projekt sei ein wichtiger Schritt für die Energiewende",
                "type": "indirect",
                "speaker": "Susanne Krüger",
                "speaker_mention": "Geschäftsführerin Susanne Krüger",
                "cue": "sagte",
                "paragraph": 1,
            },
            {
                "text": "die ersten Anlagen könnten bereits in drei Jahren Strom liefern",
                "type": "indirect",
                "speaker": "Susanne Krüger",
                "speaker_mention": "Geschäftsführerin Susanne Krüger",
                "cue": "betonte",
                "paragraph": 1,
            },
            {
                "text": "sollen insgesamt 40 Turbinen mit einer Leistung von je 15 Megawatt entstehen",
                "type": "indirect",
                "speaker": "Susanne Krüger",
                "speaker_mention": "Krüger",
                "cue": "zufolge",
                "paragraph": 2,
            },
            {
                "text": "man werde die Auswirkungen auf Schweinswale und Zugvögel genau prüfen",
                "type": "indirect",
                "speaker": "ein Sprecher des Nabu",
                "speaker_mention": "Ein Sprecher des Nabu",
                "cue": "sagte",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Aurelia Energie GmbH", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Bremerhaven", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Susanne Krüger", "type": "PER", "mentions": 2, "normalized": None},
            {"name": "Freitag", "type": "DATE", "mentions": 1, "normalized": "2022-10-28"},
            {"name": "Nabu", "type": "ORG", "mentions": 1, "normalized": None},
        ],
    },
    # ------------------------------------------------------------------ 12
    {
        "id": "bahn-sperrung-goettingen",
        "reference_date": "2024-05-03",  # Friday
        "paragraphs": [
            "Auf der Bahnstrecke zwischen Hannover und Göttingen müssen Reisende "
            "weiter mit erheblichen Einschränkungen rechnen. Die Deutsche Bahn "
            "erneuert dort seit dem 29. April 2024 Gleise, Weichen und "
            "Oberleitungen. Fernzüge werden umgeleitet und brauchen bis zu 45 "
            "Minuten länger.",
            "Eine Bahnsprecherin sagte am Freitag, die Arbeiten lägen im Zeitplan. "
            "Der Fahrgastverband Pro Bahn kritisierte, dass die Ersatzbusse häufig "
            "überfüllt seien.",
            "Landesverkehrsminister Peter Brandes sagte, er erwarte nach Abschluss "
            "der Bauarbeiten deutlich weniger Verspätungen. „Die Geduld der "
            "Fahrgäste wird sich auszahlen“, fügte Brandes hinzu.",
        ],
        "quotes": [
            {
                "text": "die Arbeiten lägen im Zeitplan",
                "type": "indirect",
                "speaker": "eine Bahnsprecherin",
                "speaker_mention": "Eine Bahnsprecherin",
                "cue": "sagte",
                "paragraph": 2,
            },
            {
                "text": "die Ersatzbusse häufig überfüllt seien",
                "type": "indirect",
                "speaker": "Pro Bahn",
                "speaker_mention": "Der Fahrgastverband Pro Bahn",
                "cue": "kritisierte",
                "paragraph": 2,
            },
            {
                "text": "er erwarte nach Abschluss der Bauarbeiten deutlich weniger Verspätungen",
                "type": "indirect",
                "speaker": "Peter Brandes",
                "speaker_mention": "Landesverkehrsminister Peter Brandes",
                "cue": "sagte",
                "paragraph": 3,
            },
            {
                "text": "Die Geduld der Fahrgäste wird sich auszahlen",
                "type": "direct",
                "speaker": "Peter Brandes",
                "speaker_mention": "Brandes",
                "cue": "fügte hinzu",
                "paragraph": 3,
            },
        ],
        "entities": [
            {"name": "Hannover", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Göttingen", "type": "LOC", "mentions": 1, "normalized": None},
            {"name": "Deutsche Bahn", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "29. April 2024", "type": "DATE", "mentions": 1, "normalized": "2024-04-29"},
            {"name": "Freitag", "type": "DATE", "mentions": 1, "normalized": "2024-05-03"},
            {"name": "Pro Bahn", "type": "ORG", "mentions": 1, "normalized": None},
            {"name": "Peter Brandes", "type": "PER", "mentions": 2, "normalized": None},
        ],
    },
]
