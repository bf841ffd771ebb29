"""Invented texts for the language check: real other languages, and English tables/wire copy.

All written for these tests (no corpus text). Each non-English text is ordinary news prose.
"""

from __future__ import annotations

NON_ENGLISH = {
    "fr": (
        "Le conseil municipal a voté mardi soir un nouveau budget pour la rénovation des écoles "
        "du quartier nord. Selon la maire, les travaux commenceront au printemps et dureront "
        "deux ans. Les parents d'élèves se disent satisfaits, mais ils demandent que la cantine "
        "reste ouverte pendant le chantier."
    ),
    "de": (
        "Der Stadtrat hat am Dienstagabend einen neuen Haushalt für die Sanierung der Schulen im "
        "Norden der Stadt beschlossen. Nach Angaben der Bürgermeisterin beginnen die Arbeiten im "
        "Frühjahr und dauern zwei Jahre. Die Eltern sind zufrieden, verlangen aber, dass die "
        "Kantine während der Bauzeit geöffnet bleibt."
    ),
    "es": (
        "El ayuntamiento aprobó el martes por la noche un nuevo presupuesto para la reforma de "
        "las escuelas del barrio norte. Según la alcaldesa, las obras empezarán en primavera y "
        "durarán dos años. Los padres de los alumnos están satisfechos, pero piden que el "
        "comedor siga abierto durante las obras."
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì sera un nuovo bilancio per la ristrutturazione "
        "delle scuole del quartiere nord. Secondo la sindaca, i lavori cominceranno in primavera "
        "e dureranno due anni. I genitori degli alunni sono soddisfatti, ma chiedono che la mensa "
        "resti aperta durante il cantiere."
    ),
    "nl": (
        "De gemeenteraad heeft dinsdagavond een nieuwe begroting goedgekeurd voor de renovatie "
        "van de scholen in het noorden van de stad. Volgens de burgemeester beginnen de "
        "werkzaamheden in het voorjaar en duren ze twee jaar. De ouders zijn tevreden, maar zij "
        "vragen dat de kantine tijdens de verbouwing open blijft."
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira à noite um novo orçamento para a reforma das "
        "escolas do bairro norte. Segundo a presidente da câmara, as obras começam na primavera "
        "e vão durar dois anos. Os pais dos alunos estão satisfeitos, mas pedem que a cantina "
        "continue aberta durante as obras."
    ),
    "sv": (
        "Kommunfullmäktige röstade på tisdagskvällen igenom en ny budget för renoveringen av "
        "skolorna i den norra stadsdelen. Enligt borgmästaren börjar arbetet i vår och pågår i "
        "två år. Föräldrarna är nöjda, men de vill att matsalen hålls öppen under bygget."
    ),
    "de_table": (
        "Ergebnis je Aktie 1,20 Euro nach 0,95 Euro im Vorjahr. Umsatz 3,1 Milliarden Euro nach "
        "2,9 Milliarden Euro. Der Vorstand schlägt der Hauptversammlung eine Dividende von 0,40 "
        "Euro je Aktie vor und erwartet für das laufende Jahr ein leichtes Wachstum."
    ),
}

# English earnings tables and short wire items (invented figures and companies).
ENGLISH_TABLES = {
    "earnings": (
        "Shr 31 cts vs 24 cts\n    Net 4,210,000 vs 3,080,000\n    Revs 41.2 mln vs 36.5 mln\n"
        "    Nine mths\n    Shr 88 cts vs 71 cts\n    Net 11.9 mln vs 9.6 mln\n"
        "    Revs 120.4 mln vs 104.7 mln"
    ),
    "dividend": (
        "Qtly div 12 cts vs 12 cts prior\n    Pay April 15\n    Record March 31\n"
        "    Avg shrs 5,400,000 vs 5,100,000"
    ),
    "loss": (
        "Oper shr loss two cts vs profit nine cts\n    Oper net loss 310,000 vs profit 1,402,000\n"
        "    Revs 9.1 mln vs 8.8 mln\n    Year\n    Oper shr profit 14 cts vs 40 cts\n"
        "    Oper net profit 1,950,000 vs 5,600,000"
    ),
}
