"""A demo business: Pizzeria Da Gino, its team, its customers and their messages.

Deterministic for a seed and a ``now``. Customers write in Italian, English,
Romanian and Chinese; the team answers with realistic delays (minutes in
opening hours, the next morning at night, sometimes never). ``messages`` scales
the history: the default is a lively pizzeria's 90 days; a million messages span
about three years and build in well under two minutes, because rows go in
through the driver's executemany (db.database.insert_rows) in one transaction and
SQLite's full-text index is rebuilt once at the end instead of row by row.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass

from peewee import EXCLUDED, fn

from db import search
from db.business import CURRENCY_OF
from db.clock import DAY, HOUR, MINUTE
from db.database import advance_sequences, database, insert_rows
from db.models import (AwayPeriod, BusinessHours, Contact, ContactLabel, Conversation, Label, Lead, LeadLabel,
                       LeadStageChange, Message, Note, PagePost, Reminder, SavedReply, SupportCase, TeamMember)
from db.settings import put as put_setting

DEFAULT_MESSAGES = 4000
AVERAGE_MESSAGES_PER_CONVERSATION = 10

TEAM = (
    ("Giulia", "Rossi", "#D9480F"),
    ("Marco", "Bianchi", "#1971C2"),
    ("Wei", "Chen", "#2B8A3E"),
)

LABELS = (
    ("VIP", "#F08C00"),
    ("Consegna", "#1C7ED6"),
    ("Prenotazione", "#7048E8"),
    ("Allergie", "#E03131"),
    ("Catering", "#0C8599"),
    ("Reclamo", "#C2255C"),
    ("Fornitore", "#5C940D"),
)

SAVED_REPLIES = (
    ("Orari", "orari",
     "Ciao {first_name}! Siamo aperti da martedì a domenica, 12:00–14:30 e 18:30–23:00. "
     "Il lunedì siamo chiusi. A presto! {agent_first_name}"),
    ("Consegna a domicilio", "consegna",
     "Ciao {first_name}, consegniamo entro 5 km con ordine minimo di 15 €. "
     "Puoi ordinare anche dal sito: {website}"),
    ("Prenotazione confermata", "ok",
     "Perfetto {first_name}, la prenotazione è confermata. Ti aspettiamo! — {agent_first_name}, Da Gino"),
    ("Senza glutine", "glutine",
     "Sì {first_name}, abbiamo impasto senza glutine preparato in un'area separata (+2 €)."),
    ("Opening hours (EN)", "hours",
     "Hi {first_name}! We're open Tuesday to Sunday, 12:00–14:30 and 18:30–23:00. See you soon!"),
    ("Grazie", "grazie", "Grazie a te {first_name}! 🍕"),
)

FIRST = {
    "it": (("Luca", "m"), ("Francesca", "f"), ("Alessandro", "m"), ("Chiara", "f"),
           ("Matteo", "m"), ("Sara", "f"), ("Davide", "m"), ("Elena", "f"), ("Paolo", "m"),
           ("Martina", "f"), ("Niccolò", "m"), ("Ilaria", "f"), ("Lorenzo", "m"), ("Aurora", "f")),
    "en": (("James", "m"), ("Emily", "f"), ("Oliver", "m"), ("Sophie", "f"), ("Daniel", "m"),
           ("Hannah", "f"), ("Michael", "m"), ("Grace", "f")),
    "ro": (("Andrei", "m"), ("Ioana", "f"), ("Mihai", "m"), ("Elena", "f"), ("Ștefan", "m"),
           ("Bianca", "f"), ("Răzvan", "m"), ("Alexandra", "f")),
    "zh": (("伟", "m"), ("芳", "f"), ("磊", "m"), ("静", "f"), ("洋", "m"), ("婷", "f")),
}
LAST = {
    "it": ("Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
           "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"),
    "en": ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Wright"),
    "ro": ("Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Țurcanu", "Mureșan", "Constantinescu"),
    "zh": ("王", "李", "张", "刘", "陈", "杨", "黄", "赵"),
}
CITIES = ("Milano", "Milano", "Milano", "Sesto San Giovanni", "Monza", "Rho", "Bergamo", "")
WORK = ("", "", "Studente", "Infermiera", "Ingegnere", "Insegnante", "Avvocato", "Cuoco")
COMPANIES = ("", "", "", "Politecnico di Milano", "Ospedale Niguarda", "Pirelli", "Comune di Milano")

# Each conversation is a dialogue on a topic: the customer's question, the team's answer
# to it, then follow-ups each with its own answer, and a closing pair. A topic's "kind"
# names the saved reply that answers it, where the business has one in the customer's
# language (the reply is then written from it, as the team would). Amounts, landmarks and
# currencies come from the business's town (Flavour.town), never from elsewhere.
TEXTS = {
    "it": {
        "topics": (
            ("delivery", "Buonasera, fate consegne a domicilio in zona {zone}?",
             "Buonasera {name}! Sì, a {zone} consegniamo, con un ordine minimo di {min_order}.",
             (("Quanto tempo ci vuole per la consegna?", "Di sera circa 30–40 minuti."),
              ("Il fattorino accetta la carta?", "Certo, il fattorino ha il POS 👍"))),
            ("booking", "Ciao! Vorrei prenotare un tavolo per {n} persone sabato alle {hour}",
             "Ciao {name}, certo! Un tavolo per {n} sabato alle {hour}: a nome di chi?",
             (("A nome {last}, grazie", "Perfetto {name}, la prenotazione è confermata. A sabato!", "booked"),
              ("Ci sono posti all'aperto?", "Sì, abbiamo un dehors con 6 tavoli: ve ne teniamo uno."),
              ("Posso portare il cane?", "Certo, i cani sono i benvenuti 🐶"))),
            ("gluten", "Salve, avete la pizza senza glutine? Mia figlia è celiaca",
             "Sì, abbiamo un impasto senza glutine preparato in un'area separata (+{extra}).",
             (("Anche i dolci senza glutine?", "Sì, la torta di mandorle è senza glutine."),
              ("Serve prenotare?", "Meglio di sì, così prepariamo l'impasto per tempo."))),
            ("hours", "Buongiorno, a che ora aprite la domenica?",
             "La domenica apriamo alle 12:00 e alle 18:30.",
             (("E il lunedì?", "Il lunedì siamo chiusi."),
              ("Fino a che ora si può ordinare?", "La cucina prende ordini fino alle 22:30."))),
            ("complaint", "Ciao, perché l'ordine di ieri sera è arrivato freddo? Un po' deluso sinceramente",
             "Ci dispiace moltissimo {name}, la prossima pizza la offriamo noi.",
             (("Va bene, grazie per la disponibilità", "Grazie a te per avercelo detto, {name}."),)),
            ("catering", "Salve, organizzate catering per una festa di compleanno di {n} persone?",
             "Certo! Per {n} persone va benissimo: ti mandiamo il menù del catering.",
             (("Portate anche piatti e bicchieri?", "Sì, se vuoi li portiamo noi, compostabili."),
              ("Serve un acconto?", "Sì, il 30% alla conferma."))),
            ("price", "Ciao, la margherita bufalina quanto costa? Si può avere con la base integrale?",
             "La bufalina costa {price}, con la base integrale {extra} in più.",
             (("E la diavola?", "La diavola costa come la bufalina."),)),
            ("lost", "Buonasera, ho lasciato un ombrello da voi ieri, l'avete trovato?",
             "Sì {name}, l'abbiamo noi! Passa quando vuoi.",
             (("Passo domani all'ora di pranzo", "Perfetto, te lo teniamo alla cassa."),)),
        ),
        "more": (
            ("Si può pagare con la carta?", "Sì, accettiamo carte e bancomat."),
            ("Avete anche dolci fatti in casa?", "Sì, il tiramisù lo facciamo ogni mattina 😊"),
            ("C'è un parcheggio vicino?", "Sì, c'è un parcheggio a 100 metri."),
        ),
        "closing": (
            ("Perfetto, grazie mille!", "Grazie a te {name}! 🍕", "thanks"),
            ("Grazie, siete gentilissimi 😊", "Grazie a te, a presto!"),
            ("Ottimo, ci vediamo stasera 🍕", "A stasera {name}!"),
        ),
        "comments": (  # (which of the Page's posts, the comment, the private reply)
            (0, "Che buona! Quanto costa?", "Ciao {name}, la Norma costa {price}: ti aspettiamo!"),
            (1, "Bellissimo! Si può prenotare un tavolo fuori?",
             "Certo {name}, scrivici il giorno e quante persone: ti teniamo un tavolo."),
            (2, "Si può avere anche la Norma senza glutine?", "Sì {name}, sul nostro impasto senza glutine (+{extra})."),
        ),
    },
    "en": {
        "topics": (
            ("delivery", "Hi, do you deliver to {zone}?",
             "Hi {name}! Yes, we deliver to {zone}, minimum order {min_order}.",
             (("How long does it take?", "About 30–40 minutes in the evening."),
              ("Can I pay the rider by card?", "Yes, our riders carry a card reader 👍"))),
            ("booking", "Hello! Can I book a table for {n} tonight around {hour}?",
             "Hello {name}, of course: a table for {n} at {hour} tonight. Under which name?",
             (("{last}, thanks", "Lovely, {name}, your table is booked. See you tonight!", "booked"),
              ("Do you have high chairs for kids?", "Yes, we'll have one ready."))),
            ("vegan", "Hi there, do you have vegan options? Is the mozzarella replaceable?",
             "Yes: we have vegan cheese, and any pizza can have it instead of mozzarella.",
             (("Is the dough vegan too?", "Yes, our dough is just flour, water, salt and yeast."),)),
            ("hours", "Hey, are you open on Monday?",
             "We're closed on Mondays, open Tuesday to Sunday.",
             (("What time on Tuesday then?", "From 12:00 to 14:30 and from 18:30 to 23:00."),)),
            ("walk", "Hi, we're tourists staying near {landmark}, is it walking distance?",
             "Yes, about 10 minutes on foot from {landmark}.",
             (("Is there parking nearby?", "There's a car park 100 metres away."),)),
            ("gift", "Hello, do you do gift cards?",
             "Yes, we sell gift cards from {gift} at the counter.",
             (("Can I buy one online?", "Not online yet, but you can order one by phone and collect it."),)),
            ("gluten", "Hi, do you have a gluten-free pizza? My son is coeliac",
             "Yes, we have a gluten-free base made in a separate area (+{extra}).",
             (("Do I need to book for it?", "Better to, so we can have the dough ready."),)),
            ("hours", "Hi, what time do you open on Sunday?",
             "On Sundays we open at 12:00 and again at 18:30.",
             (("And on Monday?", "We're closed on Mondays."),)),
        ),
        "more": (
            ("Can I pay by card?", "Yes, cards are fine."),
            ("Do you have outdoor seating?", "Yes, a few tables outside."),
        ),
        "closing": (
            ("Great, thanks!", "You're welcome, {name}!", "thanks"),
            ("Lovely, see you later 😊", "See you later!"),
            ("Perfect 👍", "Thank you, {name}! 🍕"),
        ),
        "comments": (
            (0, "Looks amazing! How much is it?", "Hi {name}, the Norma is {price}: see you soon!"),
            (1, "Lovely! Can we book a table outside?", "Of course {name}, tell us the day and how many of you."),
            (2, "Is the Norma available gluten-free too?", "Yes {name}, on our gluten-free base (+{extra})."),
        ),
    },
    "ro": {
        "topics": (
            ("delivery", "Bună seara, faceți livrări în zona {zone}?",
             "Bună seara, {name}! Da, livrăm în {zone}, comanda minimă {min_order}.",
             (("Cât durează livrarea?", "Seara, cam 30–40 de minute."),
              ("Se poate plăti cu cardul la livrare?", "Da, curierul are POS."))),
            ("booking", "Bună! Aș dori să rezerv o masă pentru {n} persoane sâmbătă la ora {hour}",
             "Bună, {name}, sigur! O masă pentru {n} persoane sâmbătă la {hour}. Pe ce nume?",
             (("Pe numele {last}, mulțumesc", "Perfect, {name}, rezervarea este confirmată. Ne vedem sâmbătă!",
               "booked"),)),
            ("gluten", "Salut, aveți pizza fără gluten?",
             "Da, avem blat fără gluten, preparat separat (+{extra}).",
             (("Trebuie să comand dinainte?", "E mai bine să ne anunțați cu o zi înainte."),)),
            ("catering", "Bună ziua, pentru o ședință de firmă puteți pregăti catering pentru {n} persoane?",
             "Sigur, vă trimitem meniul de catering pentru {n} persoane.",
             (("Emiteți factură pe firmă?", "Da, emitem factură pe firmă."),)),
            ("hours", "Bună, la ce oră închideți duminică?",
             "Duminică închidem la 23:00.",
             (("Și lunea?", "Lunea suntem închiși."),)),
        ),
        "more": (("Se poate plăti cu cardul?", "Da, acceptăm card."),),
        "closing": (
            ("Mulțumesc frumos!", "Cu plăcere, vă așteptăm!", "thanks"),
            ("Perfect, ne vedem diseară", "Vă așteptăm, {name}!"),
            ("Super, mulțumesc pentru răspuns 😊", "Cu drag! 🍕"),
        ),
        "comments": (
            (0, "Arată super! Cât costă?", "Bună, {name}, pizza Norma costă {price}. Vă așteptăm!"),
            (1, "Super! Se poate rezerva o masă pe terasă?", "Sigur, {name}, scrieți-ne ziua și câte persoane."),
        ),
    },
    "zh": {
        "topics": (
            ("delivery", "你好，请问可以送外卖到{zone}吗？",
             "你好{name}！可以的，{zone}在配送范围内，起送价{min_order}。",
             (("大概要等多久？", "晚上大约30到40分钟。"),)),
            ("booking", "你好！我想预订周六{hour}的{n}人桌位",
             "好的{name}，周六{hour}的{n}人桌位，请问贵姓？",
             (("我姓{last}，谢谢", "好的{name}，已为您确认预订，欢迎光临！", "booked"),
              ("有停车位吗？", "附近100米有停车场。"))),
            ("gluten", "请问有无麸质的披萨吗？",
             "有的，我们有单独制作的无麸质饼底（加{extra}）。", ()),
            ("hours", "你好，周一营业吗？",
             "周一休息，周二到周日营业。",
             (("周二几点开门？", "中午12点开门，晚上18:30再开。", "hours"),)),
            ("price", "你们的玛格丽特披萨多少钱？",
             "玛格丽特披萨{price}。",
             (("可以刷卡吗？", "可以刷卡，也可以用支付宝。"),)),
        ),
        "more": (("可以刷卡吗？", "可以刷卡。"),),
        "closing": (
            ("好的，谢谢！", "谢谢您，欢迎光临！", "thanks"),
            ("太好了 😊", "期待您的光临！"),
        ),
        "comments": (
            (0, "看起来很好吃！多少钱？", "{name}您好，诺玛披萨{price}，欢迎光临！"),
            (2, "诺玛披萨也可以做无麸质的吗？", "{name}您好，可以的，无麸质饼底加{extra}。"),
        ),
    },
}
# Why leads were lost, in each business's language (its editable list, Settings → Leads).
LOST_REASONS = {
    "it": ("Troppo caro", "Ha scelto un altro locale", "Nessuna risposta", "Data non disponibile"),
    "en": ("Too expensive", "Went elsewhere", "No answer", "Date not available"),
    "ro": ("Prea scump", "A ales alt local", "Niciun răspuns", "Data nu este disponibilă"),
    "zh_CN": ("太贵", "选择了别家", "没有回复", "日期不合适"),
}
PRICE_PER_GUEST = {"it": 2500, "en": 2800, "ro": 9000, "zh_CN": 15000}  # catering, in cents

# The saved reply behind each kind of answer, by shortcut, and the language it is in
# (None: the business's own).
SAVED_KINDS = {
    "orari": ("hours", None), "program": ("hours", None), "yingye": ("hours", None), "hours": ("hours", "en"),
    "consegna": ("delivery", None), "delivery": ("delivery", None), "livrare": ("delivery", None),
    "waimai": ("delivery", None), "glutine": ("gluten", None), "gluten": ("gluten", None),
    "wufuzhi": ("gluten", None), "ok": ("booked", None), "grazie": ("thanks", None),
    "thanks": ("thanks", None), "multumim": ("thanks", None), "xiexie": ("thanks", None),
}
ZONES = ("Navigli", "Isola", "Porta Romana", "Città Studi", "Brera", "NoLo", "Lambrate", "Bicocca")
RARE_WORDS = ("zafferano", "xilofono", "quokka", "ornitorinco", "zanzibar")
LANGUAGE_WEIGHTS = (("it", 0.6), ("en", 0.17), ("ro", 0.13), ("zh", 0.1))


@dataclass(frozen=True)
class Flavour:
    """The business as it looks in one language: its town, team, labels, saved replies,
    automatic texts, notes and follow-ups, and which languages its customers write in.
    The customers' messages themselves come from TEXTS whatever the flavour."""
    business: str
    domain: str
    timezone: str
    utc_offset: int
    country: str
    phone: tuple[str, int]  # E.164 prefix and how many digits follow
    team: tuple
    labels: tuple
    saved_replies: tuple
    instant_reply: str
    away_message: str
    nudge: str  # a customer who waited too long, in the business's language
    languages: tuple
    cities: tuple
    zones: tuple
    work: tuple
    companies: tuple
    notes: tuple
    products: tuple
    lead_sources: dict
    form_questions: tuple  # (how many people?, date of the event?)
    follow_ups: tuple
    town: dict    # amounts in its currency, and a landmark, for the customers' messages
    posts: tuple  # the Page's posts that comment conversations are on


FLAVOURS = {
    "it": Flavour(
        business="Pizzeria Da Gino", domain="dagino.example", timezone="Europe/Rome", utc_offset=HOUR,
        country="IT", phone=("+393", 9), team=TEAM, labels=LABELS, saved_replies=SAVED_REPLIES,
        instant_reply="Ciao {first_name}, grazie per averci scritto! Ti rispondiamo al più presto. 🍕",
        away_message="Ciao {first_name}! Ora siamo chiusi: ti rispondiamo appena riapriamo "
                     "(mar–dom 12:00–14:30, 18:30–23:00).",
        nudge="Perché non rispondete? 😅", languages=LANGUAGE_WEIGHTS, cities=CITIES, zones=ZONES,
        work=WORK, companies=COMPANIES,
        notes=("Cliente abituale, preferisce il tavolo vicino alla finestra.",
               "Allergia alle noci: avvisare la cucina.",
               "Ha chiesto fattura elettronica per l'azienda.",
               "Vuole essere richiamato per il catering di dicembre."),
        products=("Pizza", "Consegna", "Prenotazione", "Catering", "Sito web"),
        lead_sources={"form": "Modulo catering 2026", "ad": "Pizza del mese", "campaign": "Natale in pizzeria"},
        form_questions=("Quante persone?", "Data dell'evento"),
        follow_ups=("Richiamare per il preventivo", "Inviare il menù del catering",
                    "Confermare la data dell'evento", "Proporre i nuovi servizi del mese",
                    "Follow up on the tasting menu"),
        town={"min_order": "15 €", "extra": "2 €", "price": "9 €", "gift": "20 €", "landmark": "the Duomo"},
        posts=("🍕 La pizza del mese è la Norma: melanzane fritte, pomodoro e ricotta salata. Solo fino a fine mese!",
               "Da stasera il dehors è riscaldato: vi aspettiamo anche a novembre!",
               "Nuovo impasto senza glutine, preparato in un'area separata. Prenotatelo in anticipo 🙏"),
    ),
    "en": Flavour(
        business="Gino's Pizzeria", domain="ginos.example", timezone="Europe/London", utc_offset=0,
        country="GB", phone=("+4474", 8),
        team=(("Emily", "Clarke", "#D9480F"), ("Marco", "Bianchi", "#1971C2"), ("Wei", "Chen", "#2B8A3E")),
        labels=(("VIP", "#F08C00"), ("Delivery", "#1C7ED6"), ("Booking", "#7048E8"), ("Allergies", "#E03131"),
                ("Catering", "#0C8599"), ("Complaint", "#C2255C"), ("Supplier", "#5C940D")),
        saved_replies=(
            ("Opening hours", "hours",
             "Hi {first_name}! We're open Tuesday to Sunday, 12:00–14:30 and 18:30–23:00. "
             "Closed on Mondays. See you soon! {agent_first_name}"),
            ("Delivery", "delivery",
             "Hi {first_name}, we deliver within 5 km, minimum order £15. You can also order at {website}"),
            ("Booking confirmed", "ok",
             "Lovely, {first_name}, your table is booked. See you then! — {agent_first_name}, Gino's"),
            ("Gluten free", "gluten",
             "Yes {first_name}, we have a gluten-free base made in a separate area (+£2)."),
            ("Thanks", "thanks", "Thank you, {first_name}! 🍕"),
        ),
        instant_reply="Hi {first_name}, thanks for your message! We'll get back to you very soon. 🍕",
        away_message="Hi {first_name}! We're closed right now and will answer as soon as we reopen "
                     "(Tue–Sun 12:00–14:30, 18:30–23:00).",
        nudge="Hello? Anyone there? 😅",
        languages=(("en", 0.65), ("it", 0.15), ("ro", 0.1), ("zh", 0.1)),
        cities=("London", "London", "London", "Croydon", "Watford", "Slough", "Luton", ""),
        zones=("Camden", "Islington", "Hackney", "Brixton", "Soho", "Clapham", "Greenwich", "Shoreditch"),
        work=("", "", "Student", "Nurse", "Engineer", "Teacher", "Solicitor", "Chef"),
        companies=("", "", "", "UCL", "St Thomas' Hospital", "Transport for London", "Camden Council"),
        notes=("Regular, likes the table by the window.", "Nut allergy: tell the kitchen.",
               "Asked for a VAT invoice for the company.", "Wants a call back about the December party."),
        products=("Pizza", "Delivery", "Booking", "Catering", "Website"),
        lead_sources={"form": "Catering form 2026", "ad": "Pizza of the month", "campaign": "Christmas at Gino's"},
        form_questions=("How many people?", "Date of the event"),
        follow_ups=("Call back with a quote", "Send the catering menu", "Confirm the date of the event",
                    "Offer this month's specials", "Follow up on the tasting menu"),
        town={"min_order": "£15", "extra": "£2", "price": "£11", "gift": "£20", "landmark": "the British Museum"},
        posts=("🍕 Pizza of the month: the Norma, with fried aubergine, tomato and salted ricotta. Until the end of the month!",
               "Our garden is heated from tonight: come and sit outside, even in November!",
               "New gluten-free base, made in a separate area. Book it ahead 🙏"),
    ),
    "ro": Flavour(
        business="Pizzeria La Gino", domain="lagino.example", timezone="Europe/Bucharest", utc_offset=2 * HOUR,
        country="RO", phone=("+4072", 7),
        team=(("Ioana", "Popescu", "#D9480F"), ("Andrei", "Ionescu", "#1971C2"), ("Wei", "Chen", "#2B8A3E")),
        labels=(("VIP", "#F08C00"), ("Livrare", "#1C7ED6"), ("Rezervare", "#7048E8"), ("Alergii", "#E03131"),
                ("Catering", "#0C8599"), ("Reclamație", "#C2255C"), ("Furnizor", "#5C940D")),
        saved_replies=(
            ("Program", "program",
             "Bună, {first_name}! Suntem deschiși de marți până duminică, 12:00–14:30 și 18:30–23:00. "
             "Lunea suntem închiși. Vă așteptăm! {agent_first_name}"),
            ("Livrare la domiciliu", "livrare",
             "Bună, {first_name}, livrăm pe o rază de 5 km, comanda minimă 50 lei. "
             "Puteți comanda și pe site: {website}"),
            ("Rezervare confirmată", "ok",
             "Perfect, {first_name}, rezervarea este confirmată. Vă așteptăm! — {agent_first_name}, La Gino"),
            ("Fără gluten", "gluten",
             "Da, {first_name}, avem blat fără gluten, preparat separat (+10 lei)."),
            ("Mulțumim", "multumim", "Mulțumim, {first_name}! 🍕"),
        ),
        instant_reply="Bună, {first_name}, mulțumim pentru mesaj! Vă răspundem cât mai curând. 🍕",
        away_message="Bună, {first_name}! Acum suntem închiși: vă răspundem imediat ce redeschidem "
                     "(mar–dum 12:00–14:30, 18:30–23:00).",
        nudge="De ce nu răspundeți? 😅",
        languages=(("ro", 0.65), ("en", 0.15), ("it", 0.1), ("zh", 0.1)),
        cities=("București", "București", "București", "Voluntari", "Otopeni", "Chiajna", "Ploiești", ""),
        zones=("Floreasca", "Dorobanți", "Cotroceni", "Titan", "Militari", "Drumul Taberei", "Berceni", "Aviației"),
        work=("", "", "Student", "Asistentă", "Inginer", "Profesoară", "Avocat", "Bucătar"),
        companies=("", "", "", "Universitatea din București", "Spitalul Floreasca", "Dacia", "Primăria Sectorului 1"),
        notes=("Client fidel, preferă masa de lângă fereastră.", "Alergie la nuci: anunțați bucătăria.",
               "A cerut factură pe firmă.", "Vrea să fie sunat pentru catering-ul din decembrie."),
        products=("Pizza", "Livrare", "Rezervare", "Catering", "Site"),
        lead_sources={"form": "Formular catering 2026", "ad": "Pizza lunii", "campaign": "Crăciun la pizzerie"},
        form_questions=("Câte persoane?", "Data evenimentului"),
        follow_ups=("Sunați pentru ofertă", "Trimiteți meniul de catering", "Confirmați data evenimentului",
                    "Propuneți noutățile lunii", "Follow up on the tasting menu"),
        town={"min_order": "50 lei", "extra": "10 lei", "price": "40 lei", "gift": "100 lei",
              "landmark": "the Romanian Athenaeum"},
        posts=("🍕 Pizza lunii: Norma, cu vinete prăjite, roșii și ricotta sărată. Doar până la sfârșitul lunii!",
               "De astă-seară terasa este încălzită: vă așteptăm și în noiembrie!",
               "Blat nou fără gluten, preparat separat. Rezervați-l din timp 🙏"),
    ),
    "zh_CN": Flavour(
        business="基诺披萨", domain="gino-pizza.example", timezone="Asia/Shanghai", utc_offset=8 * HOUR,
        country="CN", phone=("+86138", 8),
        team=(("芳", "王", "#D9480F"), ("磊", "李", "#1971C2"), ("Giulia", "Rossi", "#2B8A3E")),
        labels=(("VIP", "#F08C00"), ("外卖", "#1C7ED6"), ("预订", "#7048E8"), ("过敏", "#E03131"),
                ("团餐", "#0C8599"), ("投诉", "#C2255C"), ("供应商", "#5C940D")),
        saved_replies=(
            ("营业时间", "yingye",
             "{first_name}您好！我们周二至周日营业，12:00–14:30 和 18:30–23:00，周一休息。{agent_first_name}"),
            ("外卖", "waimai", "{first_name}您好，5公里以内都送，起送价80元。也可以在网站下单：{website}"),
            ("预订确认", "ok", "好的{first_name}，已为您确认预订，欢迎光临！——{agent_first_name}"),
            ("无麸质", "wufuzhi", "有的{first_name}，我们有单独制作的无麸质饼底（加10元）。"),
            ("感谢", "xiexie", "谢谢您，{first_name}！🍕"),
        ),
        instant_reply="{first_name}您好，感谢您的留言！我们会尽快回复您。🍕",
        away_message="{first_name}您好！我们现在已打烊，重新营业后会第一时间回复您（周二至周日 12:00–14:30，18:30–23:00）。",
        nudge="怎么还没回复？😅",
        languages=(("zh", 0.7), ("en", 0.15), ("it", 0.1), ("ro", 0.05)),
        cities=("上海", "上海", "上海", "苏州", "杭州", "昆山", "嘉兴", ""),
        zones=("徐汇", "静安", "浦东", "黄浦", "长宁", "虹口", "杨浦", "闵行"),
        work=("", "", "学生", "护士", "工程师", "教师", "律师", "厨师"),
        companies=("", "", "", "复旦大学", "瑞金医院", "上汽集团", "徐汇区政府"),
        notes=("老顾客，喜欢靠窗的位置。", "对坚果过敏：请告知厨房。", "需要开公司发票。", "希望回电商量十二月的团餐。"),
        products=("披萨", "外卖", "预订", "团餐", "网站"),
        lead_sources={"form": "2026团餐表单", "ad": "本月特色披萨", "campaign": "圣诞披萨节"},
        form_questions=("多少人？", "活动日期"),
        follow_ups=("回电报价", "发送团餐菜单", "确认活动日期", "推荐本月新品", "Follow up on the tasting menu"),
        town={"min_order": "80元", "extra": "10元", "price": "68元", "gift": "150元", "landmark": "the Bund"},
        posts=("🍕 本月特色披萨：诺玛披萨，炸茄子、番茄和咸乳清奶酪，本月限定！",
               "今晚起露台开放暖气，十一月也欢迎来坐坐！",
               "新推出无麸质饼底，单独制作，请提前预订 🙏"),
    ),
}


def _customer_language(flavour: str) -> str:
    return "zh" if flavour == "zh_CN" else flavour


def flavour_for(language: str) -> str:
    """The demo flavour for a language or locale name ("it", "ro_RO", "zh_CN"); English otherwise."""
    if language in FLAVOURS:
        return language
    base = language.split("_")[0].split("-")[0]
    if base == "zh":
        return "zh_CN"
    return base if base in FLAVOURS else "en"


@dataclass(frozen=True)
class DemoSummary:
    team_members: int
    contacts: int
    conversations: int
    messages: int
    leads: int
    reminders: int


class DatabaseNotEmptyError(RuntimeError):
    pass


def _span_days(messages: int) -> int:
    """90 days for the default pizzeria; longer histories for bigger demos."""
    return max(90, min(3 * 365, messages // 1000))


def _weighted(rng: random.Random, pairs):
    x = rng.random()
    for value, weight in pairs:
        x -= weight
        if x <= 0:
            return value
    return pairs[-1][0]


def _reply_delay(rng: random.Random, local_hour: int) -> int:
    """Seconds until a person on the team answers: fast in opening hours."""
    if 11 <= local_hour < 23:
        return int(min(rng.lognormvariate(5.6, 1.1), 6 * HOUR)) + 20  # median ~4.5 min
    # At night: the next morning, around 10:00 local.
    hours_to_morning = (34 - local_hour) % 24
    return hours_to_morning * HOUR + rng.randint(0, 90) * MINUTE


def _max_id(model) -> int:
    return model.select(fn.COALESCE(fn.MAX(model.id), 0)).scalar()


def generate(*, seed: int = 7, messages: int = DEFAULT_MESSAGES, now: int,
             progress=None, flavour: str = "it") -> DemoSummary:
    """Fill the open database with the demo business. It must hold no conversation yet.

    ``flavour`` is a key of FLAVOURS: the business as it looks in that language.
    ``progress(done, total)`` is called now and then with message counts.
    """
    f = FLAVOURS[flavour]
    if Conversation.select().exists():
        raise DatabaseNotEmptyError("the database already holds conversations")
    rng = random.Random(seed)
    span = _span_days(messages) * DAY
    n_conversations = max(12, messages // AVERAGE_MESSAGES_PER_CONVERSATION)
    utc_offset = f.utc_offset  # the business's town, near enough for a demo

    with database.atomic("IMMEDIATE"):
        search_triggers = search.pause_message_index()

        team_ids = [TeamMember.insert(first_name=first, last_name=last, color=color,
                                      email=f"{first.lower()}@{f.domain}").execute()
                    for first, last, color in f.team]
        label_ids = [Label.insert(name=name, color=color).execute() for name, color in f.labels]
        team_first = dict(zip(team_ids, (first for first, _last, _color in f.team)))
        saved_for = {}  # (kind of answer, customer language) -> (saved reply id, body)
        for position, (title, shortcut, body) in enumerate(f.saved_replies):
            saved_id = SavedReply.insert(title=title, shortcut=shortcut, body=body, position=position).execute()
            kind, in_language = SAVED_KINDS.get(shortcut, (None, None))
            if kind:
                saved_for[(kind, in_language or _customer_language(flavour))] = (saved_id, body)
        post_ids = []
        for i, text in enumerate(f.posts):  # the Page's posts, a week apart, the newest first
            post_id = f"demo_post_{i + 1}"
            (PagePost.insert(id=post_id, message=text, created_at=now - (3 + 7 * i) * DAY)
             .on_conflict(conflict_target=[PagePost.id],
                          update={PagePost.message: EXCLUDED.message, PagePost.created_at: EXCLUDED.created_at})
             .execute())
            post_ids.append(post_id)
        settings = {
            "business.name": f.business,
            "business.website": f"https://{f.domain}",
            "page.name": f.business,
            "business.timezone": f.timezone,
            "business.country": f.country,
            "business.currency": CURRENCY_OF.get(f.country, "EUR"),
            "pipeline.lost_reasons": list(LOST_REASONS[flavour]),
            "instant_reply.enabled": True,
            "instant_reply.text": f.instant_reply,
            "away.message": f.away_message,
        }
        for key, value in settings.items():
            put_setting(key, value)
        # Tuesday..Sunday, lunch and dinner (weekday 0 = Monday, closed).
        for weekday in range(1, 7):
            insert_rows(BusinessHours, ("weekday", "start_minute", "end_minute"),
                        [(weekday, 12 * 60, 14 * 60 + 30), (weekday, 18 * 60 + 30, 23 * 60)])

        next_message_id = _max_id(Message) + 1
        first_message_id = next_message_id
        contact_rows, conversation_rows, message_rows = [], [], []
        contact_label_rows, note_rows, case_rows = [], [], []
        contact_langs = {}
        contact_id = _max_id(Contact)
        conversation_id = _max_id(Conversation)
        total_messages = 0
        message_budget = messages

        def flush():
            insert_rows(Contact, ("id", "first_name", "last_name", "city", "country", "work", "company", "email",
                                  "phone", "fan_since", "has_reviewed", "blocked", "created_at"), contact_rows)
            insert_rows(Conversation, ("id", "contact", "channel", "folder", "unread", "flagged", "assignee",
                                       "last_message_at", "snippet", "created_at", "post_id"), conversation_rows)
            insert_rows(Message, ("id", "conversation", "direction", "author", "automatic", "text", "sent_at",
                                  "state", "saved_reply"), message_rows)
            insert_rows(ContactLabel, ("contact", "label"), contact_label_rows)
            insert_rows(Note, ("contact", "author", "text", "created_at", "updated_at"), note_rows)
            insert_rows(SupportCase, ("conversation", "category", "status", "product", "opened_at", "updated_at"),
                        case_rows)
            for rows in (contact_rows, conversation_rows, message_rows, contact_label_rows,
                         note_rows, case_rows):
                rows.clear()

        # Start times: spread over the span, denser recently, at daytime hours.
        starts = []
        for _ in range(n_conversations):
            age = int(span * (rng.random() ** 1.6))
            day_start = (now - age) - (now - age) % DAY
            local_hour = _weighted(rng, ((11, .08), (12, .12), (13, .08), (17, .08), (18, .14),
                                         (19, .16), (20, .14), (21, .08), (22, .05), (9, .04),
                                         (1, .03)))
            ts = day_start + (local_hour * HOUR - utc_offset) + rng.randint(0, HOUR - 1)
            starts.append(min(ts, now - rng.randint(60, 3 * HOUR)))
        starts.sort()
        # The most recent conversation is a lively one from the last hour.
        if starts:
            starts[-1] = now - 50 * MINUTE

        returning = []  # contacts who come back with a new conversation
        for index, start in enumerate(starts):
            remaining_conversations = n_conversations - index
            if returning and rng.random() < 0.12:
                cid, lang, first_name, last_name = returning.pop(rng.randrange(len(returning)))
                new_contact = False
            else:
                lang = _weighted(rng, f.languages)
                first_name, _sex = rng.choice(FIRST[lang])
                last_name = rng.choice(LAST[lang])
                contact_id += 1
                cid = contact_id
                new_contact = True
                city = rng.choice(f.cities)
                email = ""
                if lang != "zh" and rng.random() < 0.4:
                    email = (f"{first_name}.{last_name}".lower().replace(" ", "")
                             .encode("ascii", "ignore").decode() + f"{cid}@mail.example")
                phone = f.phone[0] + f"{rng.randint(10, 99)}{rng.randint(100, 999)}{rng.randint(1000, 9999)}"[
                    -f.phone[1]:] if rng.random() < 0.3 else ""  # E.164, as the app stores phones
                fan_since = start - rng.randint(0, 4 * 365) * DAY if rng.random() < 0.45 else None
                contact_rows.append((
                    cid, first_name, last_name, city, f.country if city else "", rng.choice(f.work),
                    rng.choice(f.companies), email, phone, fan_since, int(rng.random() < 0.15), 0,
                    start,
                ))
                contact_langs[cid] = lang
                if rng.random() < 0.3:
                    for label_id in rng.sample(label_ids, rng.choice((1, 1, 2))):
                        contact_label_rows.append((cid, label_id))
                if rng.random() < 0.08:
                    note_rows.append((cid, rng.choice(team_ids), rng.choice(f.notes), start + HOUR,
                                      start + HOUR))

            texts = TEXTS[lang]
            conversation_id += 1
            # How many messages this conversation gets: keep the total on budget.
            target = max(1, min(24, int(rng.expovariate(1 / AVERAGE_MESSAGES_PER_CONVERSATION)) + 1))
            if remaining_conversations == 1:
                target = max(1, message_budget)
            else:
                target = max(1, min(target, message_budget - (remaining_conversations - 1)))
            is_last = index == n_conversations - 1
            # A comment on one of the Page's posts: short, answered by the one private reply.
            comment = not is_last and rng.random() < 0.05
            if comment:
                target = min(target, 2)
            fill = {"zone": rng.choice(f.zones), "n": rng.randint(2, 12),
                    "hour": f"{rng.randint(19, 21)}:{rng.choice(('00', '30'))}", "name": first_name,
                    "last": last_name, **f.town}
            t = start
            msgs = []
            unanswered = rng.random() < 0.06 and not is_last
            assignee = rng.choice(team_ids) if rng.random() < 0.6 else None
            if is_last:
                target = max(target, min(6, message_budget))
            # The dialogue: the question, then follow-ups from the topic, then small talk,
            # each with its answer; a closing pair when the conversation is about to end.
            if comment:
                post, question, answer = rng.choice(texts["comments"])
                dialogue = [(question, answer)]
            else:
                kind, question, answer, follow = rng.choice(texts["topics"])
                dialogue = [(question, answer, kind), *follow]
                more = list(texts["more"])
                rng.shuffle(more)
                dialogue.extend(more)
                closing = rng.choice(texts["closing"])
            turn, closed = 0, False
            pending = None  # the answer owed to the customer's last message
            while len(msgs) < target:
                if turn == 0:
                    pair = dialogue[0]
                elif comment:
                    pair = dialogue[0]
                elif target - len(msgs) <= 2 and not closed:
                    pair, closed = closing, True
                else:
                    if turn >= len(dialogue):  # a long conversation: another question, another day
                        kind, question, answer, follow = rng.choice(texts["topics"])
                        dialogue.extend([(question, answer, kind), *follow])
                    pair = dialogue[turn]
                turn += 1
                text = pair[0]
                if rng.random() < 0.002:
                    text += " " + rng.choice(RARE_WORDS)
                msgs.append(["in", None, None, text.format(**fill), t, None])
                pending = pair
                # A person's first message ever gets the instant reply.
                if len(msgs) == 1 and new_contact and not comment and rng.random() < 0.5 and len(msgs) < target:
                    t += 2
                    msgs.append(["out", None, "instant", f.instant_reply.format(first_name=first_name), t, None])
                if unanswered or len(msgs) >= target:
                    break
                local_hour = ((t + utc_offset) % DAY) // HOUR
                delay = _reply_delay(rng, local_hour) if not is_last else rng.randint(90, 400)
                if delay > 2 * HOUR and lang == _customer_language(flavour) and 11 <= local_hour < 22 \
                        and len(msgs) < target - 1 and not comment:
                    msgs.append(["in", None, None, f.nudge, t + HOUR, None])
                t += delay
                author = assignee or rng.choice(team_ids)
                # The answer to what was asked: written from the saved reply for it when the
                # business has one in the customer's language (now and then, as people do).
                text, saved_id = pending[1], None
                kind = pending[2] if len(pending) > 2 else None
                saved = saved_for.get((kind, lang))
                if saved is not None and rng.random() < 0.7:
                    saved_id, body = saved
                    text = (body.replace("{first_name}", first_name).replace("{website}", f"https://{f.domain}")
                            .replace("{agent_first_name}", team_first[author]).replace("{last_name}", last_name))
                msgs.append(["out", author, None, text.format(**fill) if saved_id is None else text, t, saved_id])
                pending = None
                t += int(rng.lognormvariate(5.0, 1.3)) + 30 if not is_last else rng.randint(120, 600)
            # Nothing may be in the future.
            msgs = [m for m in msgs if m[4] <= now] or [msgs[0]]
            last_at = msgs[-1][4]
            age = now - last_at
            last_in = msgs[-1][0] == "in"
            if rng.random() < 0.02:
                folder = "spam"
            elif age < 3 * DAY or (last_in and age < 10 * DAY):
                folder = "inbox"
            else:
                folder = _weighted(rng, (("done", .7), ("inbox", .15), ("archived", .15)))
            unread = int(last_in and (age < 2 * DAY or rng.random() < 0.05) and folder != "done")
            channel = "comment" if comment else "messenger"
            conversation_rows.append((
                conversation_id, cid, channel, folder, unread, int(rng.random() < 0.05),
                assignee, last_at, msgs[-1][3][:200], start,
                post_ids[post] if comment else "",
            ))
            for direction_, author, automatic, text, sent_at, saved_id in msgs:
                message_rows.append((next_message_id, conversation_id, direction_, author,
                                     automatic, text, sent_at, "sent", saved_id))
                next_message_id += 1
            total_messages += len(msgs)
            message_budget -= len(msgs)
            if rng.random() < 0.35:
                case_rows.append((
                    conversation_id,
                    _weighted(rng, (("product_info", .45), ("site_info", .15),
                                    ("contact_info", .2), ("site_problem", .1), ("other", .1))),
                    "resolved" if folder == "done" else rng.choice(("assisting", "waiting", "resolved")),
                    rng.choice(f.products),
                    start, last_at,
                ))
            if new_contact and rng.random() < 0.3:
                returning.append((cid, lang, first_name, last_name))
            if len(message_rows) >= 50_000:
                flush()
                if progress:
                    progress(total_messages, messages)
        flush()

        # Leads: a slice of the contacts, in every stage, with history and reminders.
        all_contacts = sorted(contact_langs)
        n_leads = min(len(all_contacts), max(24, min(5000, len(all_contacts) // 8)))
        lead_contacts = rng.sample(all_contacts, n_leads)
        lead_rows, change_rows, reminder_rows, lead_label_rows = [], [], [], []
        lead_id = _max_id(Lead)
        stages = ("neutral", "interested", "contacted", "converted")
        for i, lcid in enumerate(lead_contacts):
            lead_id += 1
            created = now - rng.randint(0, min(span, 120 * DAY))
            stage_index = min(3, int(rng.random() ** 1.4 * 4))
            source = _weighted(rng, (("form", .35), ("ad", .2), ("campaign", .1),
                                     ("organic", .2), ("manual", .15)))
            detail = f.lead_sources.get(source, "")
            owner = rng.choice(team_ids) if rng.random() < 0.8 else None
            creator = rng.choice(team_ids)
            t = created
            change_rows.append((lead_id, None, "neutral", creator, created))
            for s in range(1, stage_index + 1):
                t = min(now, t + rng.randint(1, 12) * DAY)
                change_rows.append((lead_id, stages[s - 1], stages[s], owner or creator, t))
            answers = {}
            if source == "form":
                answers = {f.form_questions[0]: str(rng.randint(10, 80)),
                           f.form_questions[1]: f"{rng.randint(1, 28)}/12"}
            # The pipeline: some stars, a value where the form says how many guests (or a
            # guess), now and then a lead lost with its reason.
            priority = rng.choice((1, 1, 2, 3)) if rng.random() < 0.2 else 0
            guests = int(answers[f.form_questions[0]]) if answers else None
            value = (guests * PRICE_PER_GUEST[flavour] if guests else
                     rng.choice((4000, 6000, 12000, 25000)) if rng.random() < 0.4 else None)
            lost_at = lost_reason = None
            if stage_index < 3 and rng.random() < 0.08:
                lost_at = min(now, t + rng.randint(1, 9) * DAY)
                lost_reason = rng.choice(LOST_REASONS[flavour])
            lead_rows.append((lead_id, lcid, stages[stage_index], owner, creator, source, detail,
                              json.dumps(answers, ensure_ascii=False), created, t, priority, value, lost_at,
                              lost_reason or ""))
            if rng.random() < 0.25:
                lead_label_rows.append((lead_id, rng.choice(label_ids)))
            if stage_index < 3 and rng.random() < 0.6:
                kind = i % 3
                if kind == 0:
                    due = now - rng.randint(1, 5) * DAY - rng.randint(0, 8) * HOUR  # overdue
                elif kind == 1:
                    due = now - now % DAY + rng.randint(8, 18) * HOUR  # today
                else:
                    due = now + rng.randint(1, 30) * DAY + rng.randint(0, 8) * HOUR  # later
                due -= due % (15 * MINUTE)
                recurrence = "monthly" if rng.random() < 0.1 else None
                reminder_rows.append((lead_id, lcid, owner, rng.choice(f.follow_ups), due, recurrence,
                                      created))
        insert_rows(Lead, ("id", "contact", "stage", "owner", "creator", "source", "source_detail", "answers",
                           "created_at", "stage_changed_at", "priority", "value_cents", "lost_at", "lost_reason"),
                    lead_rows)
        insert_rows(LeadStageChange, ("lead", "from_stage", "to_stage", "member", "changed_at"), change_rows)
        insert_rows(LeadLabel, ("lead", "label"), lead_label_rows)
        insert_rows(Reminder, ("lead", "contact", "owner", "text", "due_at", "recurrence", "created_at"),
                    reminder_rows)
        # A manual away period last week, for the metrics to leave out.
        AwayPeriod.insert(start_at=now - 6 * DAY, end_at=now - 6 * DAY + 12 * HOUR, source="manual").execute()
        advance_sequences(Contact, Conversation, Message, Lead)
        search.resume_message_index(search_triggers, first_message_id)
    if progress:
        progress(total_messages, messages)
    return DemoSummary(
        team_members=len(team_ids), contacts=len(contact_langs), conversations=n_conversations,
        messages=total_messages, leads=len(lead_rows), reminders=len(reminder_rows),
    )
