<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro">
<context>
    <name />
    <message>
        <source>Assign to</source>
        <translation>Atribuie lui</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nimeni</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Atribuie-mi mie</translation>
    </message>
    <message>
        <source>Other conversations with this person</source>
        <translation>Alte conversații cu această persoană</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>AwayPage</name>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>While the Page is Away, people who write get the away message — at most once per conversation each time you are away — and the response metrics leave those requests out.</source>
        <translation>Cât timp Pagina e Absentă, cine scrie primește mesajul de absență — cel mult o dată pe conversație de fiecare dată când lipsești — iar statisticile de răspuns nu iau în calcul acele cereri.</translation>
    </message>
    <message>
        <source>Send an away message</source>
        <translation>Trimite un mesaj de absență</translation>
    </message>
    <message>
        <source>Away now</source>
        <translation>Absent acum</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Program de lucru</translation>
    </message>
    <message>
        <source>Away automatically outside business hours</source>
        <translation>Absent automat în afara programului</translation>
    </message>
    <message>
        <source>Several periods a day are fine, e.g. 12:00–14:30, 18:30–23:00. Leave a day empty when closed. Time zone: %1</source>
        <translation>Poți pune mai multe intervale pe zi, de ex. 12:00–14:30, 18:30–23:00. Lasă ziua goală când e închis. Fus orar: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Opening hours on %1</source>
        <translation>Programul de %1</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>Salvează programul</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Zile închise</translation>
    </message>
    <message>
        <source>Closed date to add</source>
        <translation>Zi de închidere de adăugat</translation>
    </message>
    <message>
        <source>Why (optional), e.g. Christmas</source>
        <translation>Motiv (opțional), de ex. Crăciun</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Away until %1.</source>
        <translation>Absent până la %1.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Dezactivează</translation>
    </message>
    <message>
        <source>Away outside business hours, until %1.</source>
        <translation>Absent în afara programului, până la %1.</translation>
    </message>
    <message>
        <source>Set Away for 12 hours</source>
        <translation>Absent pentru 12 ore</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Disponibil.</translation>
    </message>
    <message>
        <source>Business hours saved.</source>
        <translation>Programul a fost salvat.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Copia zilnică a eșuat: %1</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Copie de siguranță a bazei de date</translation>
    </message>
    <message>
        <source>Sportello database (*.db)</source>
        <translation>Bază de date Sportello (*.db)</translation>
    </message>
    <message>
        <source>PostgreSQL dump, for pg_restore (*.dump)</source>
        <translation>Export PostgreSQL, pentru pg_restore (*.dump)</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Copia nu a putut fi scrisă: %1</translation>
    </message>
    <message>
        <source>Copying the database to %1…</source>
        <translation>Se copiază baza de date în %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copie salvată în %1.</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation>Copia de siguranță a fost anulată: nu s-a scris niciun fișier.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurează dintr-o copie</translation>
    </message>
    <message>
        <source>Replace everything in Sportello with the backup %1? The current database is kept aside, so this can be undone by hand.</source>
        <translation>Înlocuiești tot ce e în Sportello cu copia %1? Baza de date actuală e păstrată deoparte, așa că se poate reveni manual.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>This window works on the team's server, which is restored where it runs: with pg_restore and a file that Back up now wrote. Restore from a backup replaces only this computer's own database.</source>
        <translation>Această fereastră lucrează pe serverul echipei, care se restaurează acolo unde rulează: cu pg_restore și un fișier scris de Copie de siguranță acum. Restaurarea dintr-o copie înlocuiește doar baza de date a acestui calculator.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Se verifică %1…</translation>
    </message>
    <message>
        <source>Restored. The previous database is kept as %1.</source>
        <translation>Restaurat. Baza de date anterioară e păstrată ca %1.</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>Restaurarea a eșuat: %1</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Se restaurează %1…</translation>
    </message>
</context>
<context>
    <name>BadgeCard</name>
    <message>
        <source>Very responsive</source>
        <translation>Foarte receptivă</translation>
    </message>
    <message>
        <source>Not very responsive yet</source>
        <translation>Încă nu foarte receptivă</translation>
    </message>
    <message>
        <source>response rate · needs 90 % or more</source>
        <translation>rata de răspuns · trebuie 90 % sau mai mult</translation>
    </message>
    <message>
        <source>response time · needs 15 min or less</source>
        <translation>timp de răspuns · trebuie 15 min sau mai puțin</translation>
    </message>
    <message>
        <source>No requests yet: the badge is computed from the requests people send.</source>
        <translation>Încă nicio cerere: insigna se calculează din cererile primite.</translation>
    </message>
    <message>
        <source>Keep it: answer new requests within 15 minutes.</source>
        <translation>Ca s-o păstrezi: răspunde la cererile noi în 15 minute.</translation>
    </message>
    <message numerus="yes">
        <source>Answer the next %n request(s) within 15 minutes to earn the badge.</source>
        <translation><numerusform>Răspunde la următoarea cerere în 15 minute ca să obții insigna.</numerusform><numerusform>Răspunde la următoarele %n cereri în 15 minute ca să obții insigna.</numerusform><numerusform>Răspunde la următoarele %n de cereri în 15 minute ca să obții insigna.</numerusform></translation>
    </message>
    <message>
        <source>Answer every new request within 15 minutes: the window has many missed requests, so it takes a while to earn the badge.</source>
        <translation>Răspunde la fiecare cerere nouă în 15 minute: perioada are multe cereri fără răspuns, așa că insigna vine în timp.</translation>
    </message>
    <message>
        <source>Typically replies within minutes</source>
        <translation>De obicei răspunde în câteva minute</translation>
    </message>
    <message>
        <source>Typically replies within an hour</source>
        <translation>De obicei răspunde într-o oră</translation>
    </message>
    <message>
        <source>Typically replies within a few hours</source>
        <translation>De obicei răspunde în câteva ore</translation>
    </message>
    <message>
        <source>Typically replies within a day</source>
        <translation>De obicei răspunde într-o zi</translation>
    </message>
    <message>
        <source>not shown (fewer than 90 % of messages answered, or the inbox unused this week)</source>
        <translation>nu se afișează (sub 90 % din mesaje au primit răspuns sau căsuța n-a fost folosită săptămâna asta)</translation>
    </message>
    <message>
        <source>The Page shows: %1</source>
        <translation>Pagina afișează: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) between %1 and %2</source>
        <translation><numerusform>%n cerere între %1 și %2</numerusform><numerusform>%n cereri între %1 și %2</numerusform><numerusform>%n de cereri între %1 și %2</numerusform></translation>
    </message>
    <message>
        <source>Counting business hours only: %1</source>
        <translation>Doar în program: %1</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Business</source>
        <translation>Afacere</translation>
    </message>
    <message>
        <source>Your business as customers see it. The country is where phone numbers typed without their country code are from; the time zone is the one of your business hours.</source>
        <translation>Afacerea ta așa cum o văd clienții. Țara este cea a numerelor de telefon scrise fără prefixul țării; fusul orar este cel al programului tău.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>Luna precedentă</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Luna următoare</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Week agenda</source>
        <translation>Agenda săptămânii</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exportă .ics…</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsabili</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Doar ale mele</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Mementouri întârziate</translation>
    </message>
    <message>
        <source>Month of follow-ups</source>
        <translation>Luna cu mementouri</translation>
    </message>
    <message>
        <source>Follow-ups of the selected day</source>
        <translation>Mementourile zilei alese</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Memento nou…</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Neatribuite</translation>
    </message>
    <message>
        <source>Show follow-ups of %1</source>
        <translation>Arată mementourile lui %1</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Întârziate (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nimic întârziat.</translation>
    </message>
    <message>
        <source>No follow-ups. Double-click the day to add one.</source>
        <translation>Niciun memento. Dublu clic pe zi ca să adaugi unul.</translation>
    </message>
    <message>
        <source>Follow-up moved to %1.</source>
        <translation>Memento mutat pe %1.</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Exportă mementourile</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s).</source>
        <translation><numerusform>S-a exportat %n memento.</numerusform><numerusform>S-au exportat %n mementouri.</numerusform><numerusform>S-au exportat %n de mementouri.</numerusform></translation>
    </message>
</context>
<context>
    <name>CasesCard</name>
    <message>
        <source>Previous month</source>
        <translation>Luna precedentă</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Luna următoare</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportă CSV…</translation>
    </message>
    <message>
        <source>Cases by category and status</source>
        <translation>Cazuri pe categorie și stare</translation>
    </message>
    <message>
        <source>Cases in %1 %2</source>
        <translation>Cazuri în %1 %2</translation>
    </message>
    <message>
        <source>Product info</source>
        <translation>Info despre produs</translation>
    </message>
    <message>
        <source>Site info</source>
        <translation>Info despre site</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Date de contact</translation>
    </message>
    <message>
        <source>Site or app problem</source>
        <translation>Problemă cu site-ul sau aplicația</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Așteaptă clientul</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s).</source>
        <translation><numerusform>A fost exportat %n caz.</numerusform><numerusform>Au fost exportate %n cazuri.</numerusform><numerusform>Au fost exportate %n de cazuri.</numerusform></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Exportă cazurile</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Connect your Facebook Page to bring its Messenger conversations in and send replies out. The Page access token is kept in this computer's password store (keyring).</source>
        <translation>Conectează Pagina de Facebook ca să aduci conversațiile din Messenger și să trimiți răspunsuri. Tokenul de acces al Paginii stă în depozitul de parole al acestui calculator.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>neschimbată</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>ID-ul Paginii</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Tokenul de acces al Paginii</translation>
    </message>
    <message>
        <source>only when I press Sync now</source>
        <translation>doar când apăs Sincronizează acum</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Ultima sincronizare</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Salvează și conectează</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizează acum</translation>
    </message>
    <message>
        <source>Stages back to Meta (Conversions API)</source>
        <translation>Etapele trimise înapoi la Meta (Conversions API)</translation>
    </message>
    <message>
        <source>Each stage a lead from a Meta form reaches is sent to the dataset you connect here, so that Meta's ads find more people like the ones who became customers. Events Manager gives the dataset ID and its access token; the token is kept in the keyring.</source>
        <translation>Fiecare etapă atinsă de un lead dintr-un formular Meta este trimisă setului de date conectat aici, ca reclamele Meta să găsească mai mulți oameni ca cei care au devenit clienți. Events Manager dă ID-ul setului de date și tokenul lui de acces; tokenul este păstrat în keyring.</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>ID-ul setului de date</translation>
    </message>
    <message>
        <source>Dataset access token</source>
        <translation>Tokenul de acces al setului de date</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>Salvează setul de date</translation>
    </message>
    <message>
        <source>No dataset connected: nothing is sent.</source>
        <translation>Niciun set de date conectat: nu se trimite nimic.</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent, %3 failed.</source>
        <translation>%1 în așteptare, %2 trimise, %3 eșuate.</translation>
    </message>
    <message>
        <source>Last refusal: %1</source>
        <translation>Ultimul refuz: %1</translation>
    </message>
    <message>
        <source>The dataset ID is the number Events Manager shows for it.</source>
        <translation>ID-ul setului de date este numărul afișat de Events Manager.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>The Page ID is the number in your Page's About section.</source>
        <translation>ID-ul Paginii este numărul din secțiunea Despre a Paginii.</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n minute(s).</source>
        <translation><numerusform>Următoarea încercare peste %n minut.</numerusform><numerusform>Următoarea încercare peste %n minute.</numerusform><numerusform>Următoarea încercare peste %n de minute.</numerusform></translation>
    </message>
    <message>
        <source>Connect the Page first (Page ID and token).</source>
        <translation>Conectează mai întâi Pagina (ID și token).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Se sincronizează…</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation><numerusform>la fiecare minut</numerusform><numerusform>la fiecare %n minute</numerusform><numerusform>la fiecare %n de minute</numerusform></translation>
    </message>
    <message>
        <source>Sync by itself</source>
        <translation>Sincronizare automată</translation>
    </message>
    <message>
        <source>Connected. New messages come in by themselves, and when you press Sync now.</source>
        <translation>Conectat. Mesajele noi vin singure, și când apeși Sincronizează acum.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s).</source>
        <translation><numerusform>%n mesaj nou.</numerusform><numerusform>%n mesaje noi.</numerusform><numerusform>%n de mesaje noi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) on the Page's posts.</source>
        <translation><numerusform>%n comentariu nou la postările Paginii.</numerusform><numerusform>%n comentarii noi la postările Paginii.</numerusform><numerusform>%n de comentarii noi la postările Paginii.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the Page's forms.</source>
        <translation><numerusform>%n lead nou din formularele Paginii.</numerusform><numerusform>%n leaduri noi din formularele Paginii.</numerusform><numerusform>%n de leaduri noi din formularele Paginii.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save PNG…</source>
        <translation>Salvează PNG…</translation>
    </message>
    <message>
        <source>Save %1 as a picture</source>
        <translation>Salvează %1 ca imagine</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salvează graficul</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagine PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Suggested:</source>
        <translation>Sugerate:</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line, / for saved replies)</source>
        <translation>Scrie un răspuns… (Enter trimite, Shift+Enter rând nou, / pentru răspunsuri salvate)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Inserează un emoji</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Atașează…</translation>
    </message>
    <message>
        <source>Attach photos or files (up to 25 MB each)</source>
        <translation>Atașează poze sau fișiere (până la 25 MB fiecare)</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Răspunsuri salvate…</translation>
    </message>
    <message>
        <source>Insert a saved reply (Ctrl+R)</source>
        <translation>Inserează un răspuns salvat (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Insert the suggested reply “%1” (Alt+%2)</source>
        <translation>Inserează răspunsul sugerat „%1” (Alt+%2)</translation>
    </message>
    <message>
        <source>You can reply for %1 more.</source>
        <translation>Mai poți răspunde încă %1.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer's last message: your reply will be sent with the HUMAN_AGENT tag (allowed until %1).</source>
        <translation>Au trecut peste 24 de ore de la ultimul mesaj al clientului: răspunsul pleacă cu eticheta HUMAN_AGENT (permis până la %1).</translation>
    </message>
    <message>
        <source>This is a comment on your post: you can send one private reply, until %1.</source>
        <translation>Este un comentariu la postarea ta: poți trimite un singur răspuns privat, până la %1.</translation>
    </message>
    <message>
        <source>The private reply to this comment has been sent. You can write again once the person answers in Messenger.</source>
        <translation>Răspunsul privat la acest comentariu a fost trimis. Poți scrie din nou după ce persoana răspunde în Messenger.</translation>
    </message>
    <message>
        <source>You can reply once the person has written to the Page.</source>
        <translation>Poți răspunde după ce persoana a scris Paginii.</translation>
    </message>
    <message>
        <source>The reply window has closed: Messenger allows replies up to 7 days after the customer's last message.</source>
        <translation>Fereastra de răspuns s-a închis: Messenger permite răspunsuri până la 7 zile după ultimul mesaj al clientului.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Atașează fișiere</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Elimină %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Elimină atașamentul %1</translation>
    </message>
    <message>
        <source>Someone on the Page</source>
        <translation>Cineva de pe Pagină</translation>
    </message>
    <message>
        <source>Someone replied</source>
        <translation>Cineva a răspuns</translation>
    </message>
    <message>
        <source>%1 replied after you opened this conversation.</source>
        <translation>%1 a răspuns după ce ai deschis această conversație.</translation>
    </message>
    <message>
        <source>Their reply: “%1”</source>
        <translation>Răspunsul: „%1”</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trimite oricum</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Ocupație</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmă</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Relationship with the Page</source>
        <translation>Relația cu Pagina</translation>
    </message>
    <message>
        <source>Fill in or correct…</source>
        <translation>Completează sau corectează…</translation>
    </message>
    <message>
        <source>Fill in or correct what is known of this person</source>
        <translation>Completează sau corectează ce se știe despre această persoană</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Add a label…</source>
        <translation>Adaugă o etichetă…</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Adaugă o etichetă</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caz</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>Categoria cazului</translation>
    </message>
    <message>
        <source>Product info</source>
        <translation>Info despre produs</translation>
    </message>
    <message>
        <source>Site info</source>
        <translation>Info despre site</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Date de contact</translation>
    </message>
    <message>
        <source>Site or app problem</source>
        <translation>Problemă cu site-ul sau aplicația</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Niciun caz</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Starea cazului</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Așteaptă clientul</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Reguli de timp</translation>
    </message>
    <message>
        <source>Undo what the time rules did</source>
        <translation>Anulează ce au făcut regulile de timp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note only the team sees…</source>
        <translation>Scrie o notă pe care o vede doar echipa…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Notă nouă</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adaugă nota</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Alte conversații</translation>
    </message>
    <message>
        <source>Other conversations with this person</source>
        <translation>Alte conversații cu această persoană</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Niciuna.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidențialitate</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportă datele…</translation>
    </message>
    <message>
        <source>Everything held about this person, as a JSON file</source>
        <translation>Tot ce se păstrează despre această persoană, într-un fișier JSON</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Uită…</translation>
    </message>
    <message>
        <source>Erase this person and everything about them</source>
        <translation>Șterge această persoană și tot ce o privește</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Persoană necunoscută</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversație</numerusform><numerusform>%n conversații</numerusform><numerusform>%n de conversații</numerusform></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocată</translation>
    </message>
    <message>
        <source>Likes the Page since %1</source>
        <translation>Apreciază Pagina din %1</translation>
    </message>
    <message>
        <source>Has reviewed the Page</source>
        <translation>A lăsat o recenzie Paginii</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>Remove the label %1</source>
        <translation>Elimină eticheta %1</translation>
    </message>
    <message>
        <source>Label %1, press to remove</source>
        <translation>Eticheta %1, apasă ca s-o elimini</translation>
    </message>
    <message>
        <source>Not a lead yet</source>
        <translation>Încă nu e lead</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Creează lead</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Deschide leadul</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Cineva</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificată</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifică</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Mesaje primite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Rezolvate</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arhivate</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Case removed.</source>
        <translation>Caz eliminat.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifică nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota a fost ștearsă.</translation>
    </message>
    <message>
        <source>What is known of %1</source>
        <translation>Ce se știe despre %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Export contact data</source>
        <translation>Exportă datele contactului</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Contact data exported.</source>
        <translation>Datele contactului au fost exportate.</translation>
    </message>
    <message>
        <source>This person is no longer in Sportello.</source>
        <translation>Această persoană nu mai este în Sportello.</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Uită această persoană</translation>
    </message>
    <message>
        <source>Erase %1 and every message, note, lead, follow-up and file about them? This cannot be undone.</source>
        <translation>Ștergi pe %1 și fiecare mesaj, notă, lead, memento și fișier despre ea? Nu se poate anula.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Șterge</translation>
    </message>
    <message numerus="yes">
        <source>The person and %n message(s) were erased.</source>
        <translation><numerusform>Persoana și %n mesaj au fost șterse.</numerusform><numerusform>Persoana și %n mesaje au fost șterse.</numerusform><numerusform>Persoana și %n de mesaje au fost șterse.</numerusform></translation>
    </message>
    <message>
        <source>Lead created in Neutral.</source>
        <translation>Lead creat în Neutru.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n h left</source>
        <translation><numerusform>a mai rămas %n h</numerusform><numerusform>au mai rămas %n h</numerusform><numerusform>au mai rămas %n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation><numerusform>a mai rămas %n min</numerusform><numerusform>au mai rămas %n min</numerusform><numerusform>au mai rămas %n min</numerusform></translation>
    </message>
    <message>
        <source>unread</source>
        <translation>necitită</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcată</translation>
    </message>
    <message>
        <source>a comment on the post “%1”</source>
        <translation>un comentariu la postarea „%1”</translation>
    </message>
    <message>
        <source>a comment on a post</source>
        <translation>un comentariu la o postare</translation>
    </message>
    <message>
        <source>%1 to reply</source>
        <translation>%1 pentru răspuns</translation>
    </message>
    <message numerus="yes">
        <source>%n other conversation(s)</source>
        <translation><numerusform>încă o conversație</numerusform><numerusform>încă %n conversații</numerusform><numerusform>încă %n de conversații</numerusform></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversații</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Sportello ran into a problem</source>
        <translation>Sportello a întâmpinat o problemă</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe. You can copy this report and send it to whoever looks after Sportello.</source>
        <translation>Ceva neașteptat n-a mers. Tot ce s-a salvat până acum e în siguranță. Poți copia acest raport și trimite-l celui care se ocupă de Sportello.</translation>
    </message>
    <message>
        <source>The report is also saved in %1</source>
        <translation>Raportul e salvat și în %1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiază raportul</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Ocupație</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmă</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>același e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>același telefon</translation>
    </message>
    <message>
        <source>same Meta id</source>
        <translation>același ID Meta</translation>
    </message>
    <message>
        <source>same name, nothing different</source>
        <translation>același nume, nimic diferit</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversație</numerusform><numerusform>%n conversații</numerusform><numerusform>%n de conversații</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation><numerusform>%n lead</numerusform><numerusform>%n leaduri</numerusform><numerusform>%n de leaduri</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n notă</numerusform><numerusform>%n note</numerusform><numerusform>%n de note</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation><numerusform>%n etichetă</numerusform><numerusform>%n etichete</numerusform><numerusform>%n de etichete</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n memento</numerusform><numerusform>%n mementouri</numerusform><numerusform>%n de mementouri</numerusform></translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contacte duplicate</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Caut duplicatele…</translation>
    </message>
    <message>
        <source>Groups of contacts that look like one person</source>
        <translation>Grupuri de contacte care par o singură persoană</translation>
    </message>
    <message>
        <source>Choose a group to see what a merge would do.</source>
        <translation>Alege un grup ca să vezi ce ar face unirea.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unește</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts look like one person.</source>
        <translation><numerusform>Un grup de contacte pare o singură persoană.</numerusform><numerusform>%n grupuri de contacte par o singură persoană.</numerusform><numerusform>%n de grupuri de contacte par o singură persoană.</numerusform></translation>
    </message>
    <message>
        <source>No duplicates found: every contact looks like a person of their own.</source>
        <translation>Niciun duplicat: fiecare contact pare o persoană aparte.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Păstrează %1</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1: păstrează „%2”</translation>
    </message>
    <message>
        <source>Their details do not differ.</source>
        <translation>Datele lor nu diferă.</translation>
    </message>
    <message>
        <source>To the one kept: %1. No message, note or follow-up is lost, and Undo puts everything back.</source>
        <translation>La cel păstrat: %1. Niciun mesaj, notă sau memento nu se pierde, iar Anulează pune totul la loc.</translation>
    </message>
    <message>
        <source>nothing else moves</source>
        <translation>nimic altceva nu se mută</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Uniți în %1.</translation>
    </message>
    <message>
        <source>Contacts merged into %1.</source>
        <translation>Contacte unite în %1.</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message numerus="yes">
        <source>E-mail %n lead(s)</source>
        <translation><numerusform>E-mail către %n lead</numerusform><numerusform>E-mail către %n leaduri</numerusform><numerusform>E-mail către %n de leaduri</numerusform></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Către: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without an e-mail address will be left out.</source>
        <translation><numerusform>%n lead fără adresă de e-mail va fi omis.</numerusform><numerusform>%n leaduri fără adresă de e-mail vor fi omise.</numerusform><numerusform>%n de leaduri fără adresă de e-mail vor fi omise.</numerusform></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Set up the e-mail server in Settings → E-mail before sending.</source>
        <translation>Configurează serverul de e-mail în Setări → E-mail înainte de a trimite.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <source>Sent %1 of %2.</source>
        <translation>Trimise %1 din %2.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The message cannot be empty.</source>
        <translation>Mesajul nu poate fi gol.</translation>
    </message>
    <message>
        <source>The message is {length} characters long; the limit is {limit}.</source>
        <translation>Mesajul are {length} caractere; limita este {limit}.</translation>
    </message>
    <message>
        <source>Messenger shows at most {limit} questions.</source>
        <translation>Messenger arată cel mult {limit} întrebări.</translation>
    </message>
    <message>
        <source>A question has at most {limit} characters: “{question}”.</source>
        <translation>O întrebare are cel mult {limit} caractere: „{question}”.</translation>
    </message>
    <message>
        <source>“{part}” is not a period like 12:00–14:30.</source>
        <translation>„{part}” nu este un interval ca 12:00–14:30.</translation>
    </message>
    <message>
        <source>“{part}” is not a time of day.</source>
        <translation>„{part}” nu este o oră.</translation>
    </message>
    <message>
        <source>“{part}” ends before it starts (periods cannot cross midnight).</source>
        <translation>„{part}” se termină înainte să înceapă (intervalele nu pot trece de miezul nopții).</translation>
    </message>
    <message>
        <source>{first} and {second} overlap.</source>
        <translation>{first} și {second} se suprapun.</translation>
    </message>
    <message>
        <source>Unknown response time choice {mode}.</source>
        <translation>Alegere necunoscută pentru timpul de răspuns: {mode}.</translation>
    </message>
    <message>
        <source>A team's server is backed up with pg_dump, which is not installed on this computer. Install PostgreSQL's client tools (Debian and Ubuntu: postgresql-client), or make a local copy with “sportello --db ADDRESS copy-to FILE.db”.</source>
        <translation>Serverul unei echipe se salvează cu pg_dump, care nu este instalat pe acest calculator. Instalați uneltele client PostgreSQL (Debian și Ubuntu: postgresql-client) sau faceți o copie locală cu „sportello --db ADRESĂ copy-to FIȘIER.db”.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server: {reason}</source>
        <translation>pg_dump nu a putut salva serverul: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} nu este un fișier.</translation>
    </message>
    <message>
        <source>{name} is not a Sportello database.</source>
        <translation>{name} nu este o bază de date Sportello.</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}).</source>
        <translation>{name} este deteriorat ({detail}).</translation>
    </message>
    <message>
        <source>{name} was written by a newer Sportello.</source>
        <translation>{name} a fost scris de o versiune mai nouă de Sportello.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>„{value}” nu este o adresă de e-mail validă.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>„{value}” nu este un număr de telefon.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number.</source>
        <translation>„{value}” nu este un număr de telefon valid.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>O etichetă are nevoie de un nume.</translation>
    </message>
    <message>
        <source>A label name has at most {limit} characters.</source>
        <translation>Numele unei etichete are cel mult {limit} caractere.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>O notă nu poate fi goală.</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters.</source>
        <translation>O notă are cel mult {limit} caractere.</translation>
    </message>
    <message>
        <source>This person is no longer in Sportello.</source>
        <translation>Această persoană nu mai este în Sportello.</translation>
    </message>
    <message>
        <source>The Page access token has expired or was revoked. Connect the Page again in Settings → Channels.</source>
        <translation>Tokenul de acces al Paginii a expirat sau a fost revocat. Conectează din nou Pagina în Setări → Canale.</translation>
    </message>
    <message>
        <source>Messenger did not deliver it: the reply window has closed for this person.</source>
        <translation>Messenger nu l-a livrat: fereastra de răspuns pentru această persoană s-a închis.</translation>
    </message>
    <message>
        <source>Facebook asks us to slow down (rate limit); Sportello will try again shortly.</source>
        <translation>Facebook ne cere să încetinim (limită de cereri); Sportello va încerca din nou în curând.</translation>
    </message>
    <message>
        <source>Facebook could not be reached ({detail}); Sportello will try again.</source>
        <translation>Facebook nu poate fi contactat ({detail}); Sportello va încerca din nou.</translation>
    </message>
    <message>
        <source>Facebook refused the request: {detail}</source>
        <translation>Facebook a refuzat cererea: {detail}</translation>
    </message>
    <message>
        <source>Sportello stopped while sending this event; it is not sent again, so that Meta never counts it twice.</source>
        <translation>Sportello s-a oprit în timp ce trimitea acest eveniment; nu este trimis din nou, ca Meta să nu-l numere de două ori.</translation>
    </message>
    <message>
        <source>The token could not be stored: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>Tokenul nu poate fi salvat: acest calculator nu are un depozit de parole pe care Sportello să-l poată folosi ({detail}).</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>Fișierul depășește {limit} MB.</translation>
    </message>
    <message>
        <source>Not sent: Messenger no longer accepts the {tag} tag.</source>
        <translation>Netrimis: Messenger nu mai acceptă eticheta {tag}.</translation>
    </message>
    <message>
        <source>Not sent: an automatic reply may go only within 24 hours of the customer's message.</source>
        <translation>Netrimis: un răspuns automat poate pleca doar în 24 de ore de la mesajul clientului.</translation>
    </message>
    <message>
        <source>the file is no longer on this computer.</source>
        <translation>fișierul nu mai este pe acest computer.</translation>
    </message>
    <message>
        <source>A lead needs a name.</source>
        <translation>Un lead are nevoie de un nume.</translation>
    </message>
    <message>
        <source>That lead no longer exists.</source>
        <translation>Acel lead nu mai există.</translation>
    </message>
    <message>
        <source>An audience needs a name.</source>
        <translation>Un public are nevoie de un nume.</translation>
    </message>
    <message>
        <source>Give the SMTP server's name, e.g. smtp.example.com.</source>
        <translation>Scrie numele serverului SMTP, de ex. smtp.example.com.</translation>
    </message>
    <message>
        <source>The port is a number between 1 and 65535.</source>
        <translation>Portul este un număr între 1 și 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL or none.</source>
        <translation>Alege STARTTLS, SSL sau niciuna.</translation>
    </message>
    <message>
        <source>Give the address the e-mails come from.</source>
        <translation>Scrie adresa de la care pleacă e-mailurile.</translation>
    </message>
    <message>
        <source>The password could not be stored: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>Parola nu poate fi salvată: acest calculator nu are un depozit de parole pe care Sportello să-l poată folosi ({detail}).</translation>
    </message>
    <message>
        <source>The password could not be read: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>Parola nu poate fi citită: acest calculator nu are un depozit de parole pe care Sportello să-l poată folosi ({detail}).</translation>
    </message>
    <message>
        <source>Set up the e-mail server first in Settings → E-mail.</source>
        <translation>Configurează întâi serverul de e-mail în Setări → E-mail.</translation>
    </message>
    <message>
        <source>The e-mail needs a subject.</source>
        <translation>E-mailul are nevoie de un subiect.</translation>
    </message>
    <message>
        <source>Cannot reach the e-mail server {host}:{port} ({detail}).</source>
        <translation>Serverul de e-mail {host}:{port} nu poate fi contactat ({detail}).</translation>
    </message>
    <message>
        <source>The e-mail server refused the user name or password ({detail}).</source>
        <translation>Serverul de e-mail a refuzat numele de utilizator sau parola ({detail}).</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>{name} nu poate fi citit.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; Messenger takes files up to {limit} MB.</source>
        <translation>{name} are {size} MB; Messenger primește fișiere de până la {limit} MB.</translation>
    </message>
    <message>
        <source>Write something or attach a file first.</source>
        <translation>Scrie ceva sau atașează un fișier mai întâi.</translation>
    </message>
    <message>
        <source>A message holds at most {limit} characters.</source>
        <translation>Un mesaj are cel mult {limit} caractere.</translation>
    </message>
    <message>
        <source>A comment can get one private reply, and it has had it.</source>
        <translation>Un comentariu poate primi un singur răspuns privat, iar acesta l-a primit deja.</translation>
    </message>
    <message>
        <source>You can only reply after the person has written to the Page.</source>
        <translation>Poți răspunde doar după ce persoana a scris Paginii.</translation>
    </message>
    <message>
        <source>The reply window has closed: Messenger allows replies up to 7 days after the customer's last message.</source>
        <translation>Fereastra de răspuns s-a închis: Messenger permite răspunsuri până la 7 zile după ultimul mesaj al clientului.</translation>
    </message>
    <message>
        <source>Sportello stopped while sending this, so it may or may not have reached the person. Check in Messenger before sending it again.</source>
        <translation>Sportello s-a oprit în timp ce îl trimitea, deci este posibil să fi ajuns sau nu la persoană. Verifică în Messenger înainte de a-l trimite din nou.</translation>
    </message>
    <message>
        <source>Only a message that failed can be sent again.</source>
        <translation>Doar un mesaj netrimis poate fi retrimis.</translation>
    </message>
    <message>
        <source>The reply window has closed: this message can no longer be sent.</source>
        <translation>Fereastra de răspuns s-a închis: acest mesaj nu mai poate fi trimis.</translation>
    </message>
    <message>
        <source>A follow-up needs a few words saying what to do.</source>
        <translation>Un memento are nevoie de câteva cuvinte despre ce e de făcut.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Acel memento nu mai există.</translation>
    </message>
    <message>
        <source>A saved reply needs a title.</source>
        <translation>Un răspuns salvat are nevoie de un titlu.</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>Titlul depășește {limit} caractere.</translation>
    </message>
    <message>
        <source>A saved reply needs some text.</source>
        <translation>Un răspuns salvat are nevoie de text.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>Textul depășește {limit} caractere.</translation>
    </message>
    <message>
        <source>A shortcut is one word: letters, digits, - or _.</source>
        <translation>O scurtătură este un singur cuvânt: litere, cifre, - sau _.</translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{title}”.</source>
        <translation>Scurtătura /{shortcut} este deja folosită de „{title}”.</translation>
    </message>
    <message>
        <source>That saved reply no longer exists.</source>
        <translation>Acel răspuns salvat nu mai există.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be read.</source>
        <translation>{name} nu este un fișier care poate fi citit.</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly (exit status {status}); nothing of it was written.</source>
        <translation>Lucrul s-a oprit neașteptat (cod de ieșire {status}); nu s-a scris nimic din el.</translation>
    </message>
    <message>
        <source>Cannot tell which participant is the Page ({choices}); give it with --page NAME.</source>
        <translation>Nu se poate spune care participant este Pagina ({choices}); indic-o cu --page NUME.</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>Afacerea are nevoie de un nume.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code such as IT or GB.</source>
        <translation>„{value}” nu este un cod de țară precum IT sau GB.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR or GBP.</source>
        <translation>„{value}” nu este un cod de monedă precum EUR sau GBP.</translation>
    </message>
    <message>
        <source>“{value}” is not a time zone such as Europe/Rome.</source>
        <translation>„{value}” nu este un fus orar precum Europe/Bucharest.</translation>
    </message>
    <message>
        <source>Say who you are: your first name.</source>
        <translation>Spune cine ești: prenumele tău.</translation>
    </message>
    <message>
        <source>A team member needs a first name.</source>
        <translation>Un membru al echipei are nevoie de un prenume.</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>Un nume are cel mult {limit} caractere.</translation>
    </message>
    <message>
        <source>Hand the work to someone else.</source>
        <translation>Dă lucrul altcuiva.</translation>
    </message>
    <message>
        <source>Choose at least two contacts to merge.</source>
        <translation>Alege cel puțin două contacte de unit.</translation>
    </message>
    <message>
        <source>There is no contact {ids}.</source>
        <translation>Nu există contactul {ids}.</translation>
    </message>
    <message>
        <source>Contact {id} is not among those merged.</source>
        <translation>Contactul {id} nu este printre cele unite.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: contact {id} exists again.</source>
        <translation>Unirea nu poate fi anulată: contactul {id} există din nou.</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>Spune de ce a fost pierdut leadul.</translation>
    </message>
    <message>
        <source>A lead has from none to three stars.</source>
        <translation>Un lead are de la zero la trei stele.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>„{value}” nu este o sumă.</translation>
    </message>
    <message>
        <source>A stage's limit is from 1 to 365 days.</source>
        <translation>Limita unei etape este de la 1 la 365 de zile.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address with the name.</source>
        <translation>Scrie un telefon sau o adresă de e-mail lângă nume.</translation>
    </message>
    <message>
        <source>The first contact's target is from 1 minute to 24 hours.</source>
        <translation>Ținta primului contact este de la 1 minut la 24 de ore.</translation>
    </message>
    <message>
        <source>A stage's name is at most 30 characters.</source>
        <translation>Numele unei etape are cel mult 30 de caractere.</translation>
    </message>
    <message>
        <source>Two stages cannot have the same name.</source>
        <translation>Două etape nu pot avea același nume.</translation>
    </message>
    <message>
        <source>An overdue follow-up cannot make another follow-up.</source>
        <translation>O urmărire întârziată nu poate crea altă urmărire.</translation>
    </message>
    <message>
        <source>A rule's limit is from 1 to {limit} days.</source>
        <translation>Limita unei reguli este de la 1 la {limit} zile.</translation>
    </message>
    <message>
        <source>A rule's limit is from 1 to {limit} hours.</source>
        <translation>Limita unei reguli este de la 1 la {limit} ore.</translation>
    </message>
    <message>
        <source>Choose who the rule hands the work to.</source>
        <translation>Alege cui îi predă regula lucrul.</translation>
    </message>
    <message>
        <source>That rule no longer exists.</source>
        <translation>Regula aceea nu mai există.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Serverul a refuzat numele de utilizator sau parola.</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>Serverul nu are o bază de date cu acest nume.</translation>
    </message>
    <message>
        <source>The server has no user of that name.</source>
        <translation>Serverul nu are un utilizator cu acest nume.</translation>
    </message>
    <message>
        <source>No computer answers to that server name.</source>
        <translation>Niciun calculator nu răspunde la acest nume de server.</translation>
    </message>
    <message>
        <source>The server does not answer at that address: is it running, and is the port right?</source>
        <translation>Serverul nu răspunde la această adresă: este pornit și portul este corect?</translation>
    </message>
    <message>
        <source>The server and Sportello could not agree on an encrypted connection (sslmode).</source>
        <translation>Serverul și Sportello nu au putut stabili o conexiune criptată (sslmode).</translation>
    </message>
    <message>
        <source>A server's address reads postgresql://USER@HOST:PORT/NAME.</source>
        <translation>Adresa unui server se scrie postgresql://UTILIZATOR@HOST:PORT/NUME.</translation>
    </message>
    <message>
        <source>Write the server's name or address.</source>
        <translation>Scrie numele sau adresa serverului.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (PostgreSQL's is 5432).</source>
        <translation>Un port este un număr de la 1 la 65535 (al PostgreSQL este 5432).</translation>
    </message>
    <message>
        <source>Write the database's name and the user's.</source>
        <translation>Scrie numele bazei de date și al utilizatorului.</translation>
    </message>
    <message>
        <source>The password could not be kept: this computer has no password store (keyring). Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Parola nu a putut fi păstrată: acest calculator nu are un depozit de parole (keyring). Pune-o în PGPASSWORD sau în ~/.pgpass.</translation>
    </message>
    <message>
        <source>Sportello needs PostgreSQL 13 or newer.</source>
        <translation>Sportello are nevoie de PostgreSQL 13 sau mai nou.</translation>
    </message>
    <message>
        <source>The server lacks PostgreSQL's contrib extension unaccent: install it there (Debian: postgresql-contrib).</source>
        <translation>Serverului îi lipsește extensia contrib unaccent a PostgreSQL: instaleaz-o acolo (Debian: postgresql-contrib).</translation>
    </message>
    <message>
        <source>The team's server cannot be reached, so this was not saved. Sportello reconnects by itself: try again in a moment.</source>
        <translation>Serverul echipei nu poate fi contactat, așa că nu s-a salvat. Sportello se reconectează singur: încearcă din nou peste puțin timp.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Customer first name</source>
        <translation>Prenumele clientului</translation>
    </message>
    <message>
        <source>Customer last name</source>
        <translation>Numele clientului</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Prenumele tău</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Numele tău</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>Adresa site-ului</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prenume</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nume</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>prenumele tău</translation>
    </message>
    <message>
        <source>your last name</source>
        <translation>numele tău</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site</translation>
    </message>
</context>
<context>
    <name>GreetingPage</name>
    <message>
        <source>Greeting</source>
        <translation>Salut</translation>
    </message>
    <message>
        <source>Shown to people who open a chat with the Page, before they write. Messenger shows it; comments and e-mail do not.</source>
        <translation>Se arată celor care deschid o conversație cu Pagina, înainte să scrie. Messenger îl afișează; comentariile și e-mailul nu.</translation>
    </message>
    <message>
        <source>Show a greeting</source>
        <translation>Arată un salut</translation>
    </message>
    <message>
        <source>Questions to start with (ice breakers)</source>
        <translation>Întrebări de început (ice breakers)</translation>
    </message>
    <message>
        <source>Up to four questions Messenger offers under the greeting; a tap sends the question as the person's first message.</source>
        <translation>Până la patru întrebări pe care Messenger le oferă sub salut; o atingere trimite întrebarea ca primul mesaj al persoanei.</translation>
    </message>
    <message>
        <source>e.g. Are you open today?</source>
        <translation>de ex. Sunteți deschiși azi?</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Întrebarea %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Saved; setting it on the Page…</source>
        <translation>Salvat; se setează pe Pagină…</translation>
    </message>
    <message>
        <source>Saved and set on the Page.</source>
        <translation>Salvat și setat pe Pagină.</translation>
    </message>
    <message>
        <source>Saved here, but the Page did not take it: %1</source>
        <translation>Salvat aici, dar Pagina nu l-a acceptat: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import leads from %1</source>
        <translation>Importă leaduri din %1</translation>
    </message>
    <message>
        <source>Check what each column holds. Columns Sportello does not know are kept as answers to the form's questions.</source>
        <translation>Verifică ce conține fiecare coloană. Coloanele pe care Sportello nu le cunoaște rămân răspunsuri la întrebările formularului.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplu</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Conține</translation>
    </message>
    <message>
        <source>The stage column holds words that are not Sportello's stages. Choose what each one means:</source>
        <translation>Coloana etapei conține cuvinte care nu sunt etape Sportello. Alege ce înseamnă fiecare:</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>În fișier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Citește ca</translation>
    </message>
    <message>
        <source>Stages of the file</source>
        <translation>Etapele fișierului</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rânduri care nu pot fi importate</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>Importă rândurile valide și sari peste celelalte</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verifică din nou</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Acest fișier nu poate fi importat: %1</translation>
    </message>
    <message>
        <source>Answer to a question</source>
        <translation>Răspuns la o întrebare</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Sari peste această coloană</translation>
    </message>
    <message>
        <source>Keep the lead's stage</source>
        <translation>Păstrează etapa leadului</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>Citește „%1” ca</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Se verifică rândurile…</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported; %3 have problems.</source>
        <translation>%1 din %2 rânduri pot fi importate; %3 au probleme.</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>Toate cele %1 rânduri pot fi importate.</translation>
    </message>
    <message>
        <source>Imported leads: %1 new, %2 merged, %3 skipped.</source>
        <translation>Leaduri importate: %1 noi, %2 unite, %3 omise.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) kept their stage (a stage the file names was not chosen).</source>
        <translation><numerusform>%n lead și-a păstrat etapa (nu a fost aleasă o etapă numită în fișier).</numerusform><numerusform>%n leaduri și-au păstrat etapa (nu a fost aleasă o etapă numită în fișier).</numerusform><numerusform>%n de leaduri și-au păstrat etapa (nu a fost aleasă o etapă numită în fișier).</numerusform></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import anulat: nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>Importul a eșuat și nu s-a importat nimic: %1</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Flag</source>
        <translation>Marchează</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Scoate marcajul</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marchează ca necitită</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marchează ca citită</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marchează ca rezolvată</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arhivează</translation>
    </message>
    <message>
        <source>Move to Inbox</source>
        <translation>Mută în Mesaje primite</translation>
    </message>
    <message>
        <source>Move to Spam</source>
        <translation>Mută în Spam</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blochează</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Deblochează</translation>
    </message>
    <message numerus="yes">
        <source>Flagged %n conversation(s).</source>
        <translation><numerusform>S-a marcat %n conversație.</numerusform><numerusform>S-au marcat %n conversații.</numerusform><numerusform>S-au marcat %n de conversații.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed the flag from %n conversation(s).</source>
        <translation><numerusform>S-a scos marcajul de la %n conversație.</numerusform><numerusform>S-a scos marcajul de la %n conversații.</numerusform><numerusform>S-a scos marcajul de la %n de conversații.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) unread.</source>
        <translation><numerusform>%n conversație marcată necitită.</numerusform><numerusform>%n conversații marcate necitite.</numerusform><numerusform>%n de conversații marcate necitite.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) read.</source>
        <translation><numerusform>%n conversație marcată citită.</numerusform><numerusform>%n conversații marcate citite.</numerusform><numerusform>%n de conversații marcate citite.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to Done.</source>
        <translation><numerusform>%n conversație mutată în Rezolvate.</numerusform><numerusform>%n conversații mutate în Rezolvate.</numerusform><numerusform>%n de conversații mutate în Rezolvate.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n conversation(s).</source>
        <translation><numerusform>S-a arhivat %n conversație.</numerusform><numerusform>S-au arhivat %n conversații.</numerusform><numerusform>S-au arhivat %n de conversații.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the Inbox.</source>
        <translation><numerusform>%n conversație mutată în Mesaje primite.</numerusform><numerusform>%n conversații mutate în Mesaje primite.</numerusform><numerusform>%n de conversații mutate în Mesaje primite.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to Spam.</source>
        <translation><numerusform>%n conversație mutată în Spam.</numerusform><numerusform>%n conversații mutate în Spam.</numerusform><numerusform>%n de conversații mutate în Spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Blocked: new messages from %n person(s) go to Spam.</source>
        <translation><numerusform>Blocat: mesajele noi de la %n persoană ajung în Spam.</numerusform><numerusform>Blocat: mesajele noi de la %n persoane ajung în Spam.</numerusform><numerusform>Blocat: mesajele noi de la %n de persoane ajung în Spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n person(s).</source>
        <translation><numerusform>S-a deblocat %n persoană.</numerusform><numerusform>S-au deblocat %n persoane.</numerusform><numerusform>S-au deblocat %n de persoane.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to %1.</source>
        <translation><numerusform>%n conversație atribuită lui %1.</numerusform><numerusform>%n conversații atribuite lui %1.</numerusform><numerusform>%n de conversații atribuite lui %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) unassigned.</source>
        <translation><numerusform>%n conversație fără responsabil.</numerusform><numerusform>%n conversații fără responsabil.</numerusform><numerusform>%n de conversații fără responsabil.</numerusform></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Mesaje primite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Rezolvate</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arhivate</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Necitite</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcate</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ale mele</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Neatribuite</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>Așteaptă răspuns</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etichetă: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Niciun rezultat</translation>
    </message>
    <message>
        <source>Nothing in this folder matches “%1”.</source>
        <translation>Nimic din acest dosar nu se potrivește cu „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation><numerusform>%n conversație găsită</numerusform><numerusform>%n conversații găsite</numerusform><numerusform>%n de conversații găsite</numerusform></translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrează conversațiile</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dosare</translation>
    </message>
    <message>
        <source>Search names and messages (Ctrl+F)</source>
        <translation>Caută nume și mesaje (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Caută în conversații</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Nimic aici</translation>
    </message>
    <message>
        <source>Conversations in this folder will appear here.</source>
        <translation>Conversațiile din acest dosar vor apărea aici.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Flag, mark unread, done, archive, spam, block, assign</source>
        <translation>Marchează, necitită, rezolvată, arhivează, spam, blochează, atribuie</translation>
    </message>
    <message>
        <source>Sender info</source>
        <translation>Info expeditor</translation>
    </message>
    <message>
        <source>Show or hide sender info (Ctrl+Shift+I)</source>
        <translation>Arată sau ascunde info expeditor (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Nicio conversație deschisă</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it.</source>
        <translation>Alege o conversație din stânga ca s-o citești.</translation>
    </message>
    <message>
        <source>Who wrote, with their labels, notes and case, shows here.</source>
        <translation>Cine a scris, cu etichetele, notele și cazul, apare aici.</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Comment on a post</source>
        <translation>Comentariu la o postare</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n mesaj</numerusform><numerusform>%n mesaje</numerusform><numerusform>%n de mesaje</numerusform></translation>
    </message>
    <message>
        <source>This conversation started as a comment on your Page's post. You can answer it with one private reply in Messenger, within 7 days of the comment.</source>
        <translation>Această conversație a pornit de la un comentariu la o postare a Paginii. Îi poți răspunde cu un singur răspuns privat în Messenger, în 7 zile de la comentariu.</translation>
    </message>
    <message>
        <source>On your post: “%1”</source>
        <translation>La postarea ta: „%1”</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiază textul</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <source>View full size</source>
        <translation>Vezi la mărime reală</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvează ca…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salvează atașamentul</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 nu a putut fi salvat: %2</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>Statistici</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n zi</numerusform><numerusform>%n zile</numerusform><numerusform>%n de zile</numerusform></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Se calculează…</translation>
    </message>
    <message>
        <source>Response rate (rolling, end of each day)</source>
        <translation>Rata de răspuns (perioadă mobilă, la sfârșitul zilei)</translation>
    </message>
    <message>
        <source>Response time in minutes (rolling, end of each day)</source>
        <translation>Timpul de răspuns în minute (perioadă mobilă, la sfârșitul zilei)</translation>
    </message>
    <message>
        <source>Requests per day: answered and not</source>
        <translation>Cereri pe zi: cu și fără răspuns</translation>
    </message>
    <message>
        <source>When customers write (weekday × hour)</source>
        <translation>Când scriu clienții (zi × oră)</translation>
    </message>
    <message>
        <source>Answered requests per team member</source>
        <translation>Cereri cu răspuns, pe membru al echipei</translation>
    </message>
    <message>
        <source>Leads funnel</source>
        <translation>Pâlnia leadurilor</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>La %1</translation>
    </message>
    <message>
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>%1: %2 response rate</source>
        <translation>%1: rata de răspuns %2</translation>
    </message>
    <message>
        <source>Why leads are lost (click a bar for its leads)</source>
        <translation>De ce se pierd leadurile (clic pe o bară pentru leadurile ei)</translation>
    </message>
    <message>
        <source>Won value per month (click a bar for its leads)</source>
        <translation>Valoare câștigată pe lună (clic pe o bară pentru leadurile ei)</translation>
    </message>
    <message>
        <source>Export the leads report (CSV)…</source>
        <translation>Exportă raportul leadurilor (CSV)…</translation>
    </message>
    <message>
        <source>One row per lead: the dates of its stages, its value, lost and why, and how long its first answer took</source>
        <translation>Un rând pe lead: datele etapelor, valoarea, dacă e pierdut și de ce, și cât a durat primul răspuns</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Cifrele nu au putut fi calculate: %1</translation>
    </message>
    <message>
        <source>%1: %2 response time</source>
        <translation>%1: timp de răspuns %2</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>cu răspuns</translation>
    </message>
    <message>
        <source>%1: %2 request(s), %3 answered — click to list them</source>
        <translation>%1: %2 cereri, %3 cu răspuns — clic pentru listă</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n message(s)</source>
        <translation><numerusform>%1 %2:00–%2:59: %n mesaj</numerusform><numerusform>%1 %2:00–%2:59: %n mesaje</numerusform><numerusform>%1 %2:00–%2:59: %n de mesaje</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answered, median %2</source>
        <translation><numerusform>%1: %n cu răspuns, mediana %2</numerusform><numerusform>%1: %n cu răspuns, mediana %2</numerusform><numerusform>%1: %n de cereri cu răspuns, mediana %2</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 now, %3 reached it</source>
        <translation>%1: %2 acum, %3 au ajuns aici</translation>
    </message>
    <message>
        <source>%1 from the previous stage</source>
        <translation>%1 din etapa anterioară</translation>
    </message>
    <message>
        <source>median %1 days in it</source>
        <translation>mediana %1 zile aici</translation>
    </message>
    <message>
        <source>No lead marked lost yet.</source>
        <translation>Încă niciun lead marcat pierdut.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation><numerusform>%1: un lead</numerusform><numerusform>%1: %n leaduri</numerusform><numerusform>%1: %n de leaduri</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 won from %n lead(s)</source>
        <translation><numerusform>%1: %2 câștigat dintr-un lead</numerusform><numerusform>%1: %2 câștigat din %n leaduri</numerusform><numerusform>%1: %2 câștigat din %n de leaduri</numerusform></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nimeni</translation>
    </message>
    <message>
        <source>Won per owner: %1</source>
        <translation>Câștigat pe responsabil: %1</translation>
    </message>
    <message>
        <source>No lead won yet.</source>
        <translation>Încă niciun lead câștigat.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Pierdut: %1</translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation>Câștigate în %1</translation>
    </message>
    <message>
        <source>Export the leads report</source>
        <translation>Exportă raportul leadurilor</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Leads report: %n lead(s) written.</source>
        <translation><numerusform>Raportul leadurilor: un lead scris.</numerusform><numerusform>Raportul leadurilor: %n leaduri scrise.</numerusform><numerusform>Raportul leadurilor: %n de leaduri scrise.</numerusform></translation>
    </message>
    <message>
        <source>Leads report</source>
        <translation>Raportul leadurilor</translation>
    </message>
    <message>
        <source>Requests on %1</source>
        <translation>Cereri pe %1</translation>
    </message>
</context>
<context>
    <name>InstantReplyPage</name>
    <message>
        <source>Instant reply</source>
        <translation>Răspuns instant</translation>
    </message>
    <message>
        <source>Sent automatically to a person's first message ever to the Page — never again, even months later — and not while the Page is Away (the away message goes instead).</source>
        <translation>Se trimite automat la primul mesaj trimis vreodată de o persoană Paginii — niciodată din nou, nici după luni — și nu cât timp Pagina e Absentă (pleacă atunci mesajul de absență).</translation>
    </message>
    <message>
        <source>Send an instant reply</source>
        <translation>Trimite un răspuns instant</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Go to…</source>
        <translation>Mergi la…</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a word of a message</source>
        <translation>Scrie un nume, un e-mail sau un cuvânt dintr-un mesaj</translation>
    </message>
    <message>
        <source>Go to a conversation or a lead</source>
        <translation>Mergi la o conversație sau la un lead</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Rezultate</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>The language of Sportello's windows, dates and numbers. It applies the next time Sportello starts.</source>
        <translation>Limba ferestrelor, datelor și numerelor din Sportello. Se aplică la următoarea pornire a lui Sportello.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>Restart Sportello to see it in the new language.</source>
        <translation>Repornește Sportello ca să-l vezi în noua limbă.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Sportello cannot use the team's server at %1.</source>
        <translation>Sportello nu poate folosi serverul echipei de la %1.</translation>
    </message>
    <message>
        <source>Open this computer's own file</source>
        <translation>Deschide fișierul acestui calculator</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nimeni</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creat de</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <source>Answers to the form</source>
        <translation>Răspunsuri la formular</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Add a label…</source>
        <translation>Adaugă o etichetă…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Elimină selecția</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Mementouri</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Adaugă memento…</translation>
    </message>
    <message>
        <source>Mark selected done</source>
        <translation>Marchează ca făcut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Scrie o notă…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adaugă nota</translation>
    </message>
    <message>
        <source>Undo what the time rules did</source>
        <translation>Anulează ce au făcut regulile de timp</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Deschide conversația</translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation>Acest lead nu mai există.</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Istoricul etapelor</translation>
    </message>
    <message>
        <source>What the time rules did</source>
        <translation>Ce au făcut regulile de timp</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nimeni</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Reclamă</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Organic</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Introdus manual</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsabil %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>fără responsabil</translation>
    </message>
    <message>
        <source>labels %1</source>
        <translation>etichete %1</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n stea</numerusform><numerusform>%n stele</numerusform><numerusform>%n de stele</numerusform></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>valoare %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>pierdut: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n zi în etapă</numerusform><numerusform>%n zile în etapă</numerusform><numerusform>%n de zile în etapă</numerusform></translation>
    </message>
    <message>
        <source>over this stage's limit</source>
        <translation>peste limita etapei</translation>
    </message>
    <message>
        <source>follow-up overdue since %1</source>
        <translation>memento întârziat din %1</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>următorul memento %1</translation>
    </message>
    <message>
        <source>%1 to contact</source>
        <translation>%1 până la contact</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>întârziere %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Pierdut: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>întârziat</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutru</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesat</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactat</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertit</translation>
    </message>
    <message>
        <source>New, raw leads</source>
        <translation>Leaduri noi, necalificate</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificate</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>În discuție</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Leads</source>
        <translation>Leaduri</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Panou</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Listă</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Lead nou…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importă…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <source>All leads as CSV…</source>
        <translation>Toate leadurile în CSV…</translation>
    </message>
    <message>
        <source>Selected leads as vCards…</source>
        <translation>Leadurile selectate ca vCard…</translation>
    </message>
    <message>
        <source>These leads as a Meta customer list…</source>
        <translation>Aceste leaduri ca listă de clienți Meta…</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publicuri</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>New leads waiting for their first contact</source>
        <translation>Leaduri noi care așteaptă primul contact</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone</source>
        <translation>Caută nume, e-mail, telefon</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Caută leaduri</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Orice etapă</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Create de la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>orice dată</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creat de</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierduți</translation>
    </message>
    <message>
        <source>Show the lost leads</source>
        <translation>Arată leadurile pierdute</translation>
    </message>
    <message>
        <source>Show the leads marked lost, with why (Restore puts them back)</source>
        <translation>Arată leadurile marcate pierdute, cu motivul (Restaurează le pune înapoi)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <source>+ Name and phone or e-mail, Enter</source>
        <translation>+ Nume și telefon sau e-mail, Enter</translation>
    </message>
    <message>
        <source>Quick add a lead to %1</source>
        <translation>Adaugă rapid un lead în %1</translation>
    </message>
    <message>
        <source>A new lead in this stage: a name and a phone or e-mail, then Enter (the details dialog has the rest)</source>
        <translation>Un lead nou în această etapă: un nume și un telefon sau e-mail, apoi Enter (restul în detaliile leadului)</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Orice responsabil</translation>
    </message>
    <message>
        <source>Any creator</source>
        <translation>Orice autor</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nimeni</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Orice etichetă</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) waiting</source>
        <translation><numerusform>un lead nou așteaptă</numerusform><numerusform>%n leaduri noi așteaptă</numerusform><numerusform>%n de leaduri noi așteaptă</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation><numerusform>%n peste limită</numerusform><numerusform>%n peste limită</numerusform><numerusform>%n peste limită</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n lead(s) to %1.</source>
        <translation><numerusform>%n lead mutat în %1.</numerusform><numerusform>%n leaduri mutate în %1.</numerusform><numerusform>%n de leaduri mutate în %1.</numerusform></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>Am adăugat %1 în %2.</translation>
    </message>
    <message numerus="yes">
        <source>Took the stars from %n lead(s).</source>
        <translation><numerusform>Am scos stelele de la %n lead.</numerusform><numerusform>Am scos stelele de la %n leaduri.</numerusform><numerusform>Am scos stelele de la %n de leaduri.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Gave %n lead(s) %1.</source>
        <translation><numerusform>Am dat %1 unui lead.</numerusform><numerusform>Am dat %1 la %n leaduri.</numerusform><numerusform>Am dat %1 la %n de leaduri.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n lead(s) lost: %1.</source>
        <translation><numerusform>Un lead marcat pierdut: %1.</numerusform><numerusform>%n leaduri marcate pierdute: %1.</numerusform><numerusform>%n de leaduri marcate pierdute: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Put %n lead(s) back on the board.</source>
        <translation><numerusform>Un lead pus înapoi pe panou.</numerusform><numerusform>%n leaduri puse înapoi pe panou.</numerusform><numerusform>%n de leaduri puse înapoi pe panou.</numerusform></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Marchează pierdut</translation>
    </message>
    <message numerus="yes">
        <source>Why was it lost? (%n lead(s))</source>
        <translation><numerusform>De ce a fost pierdut? (un lead)</numerusform><numerusform>De ce au fost pierdute? (%n leaduri)</numerusform><numerusform>De ce au fost pierdute? (%n de leaduri)</numerusform></translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>Prea scump</translation>
    </message>
    <message>
        <source>Went elsewhere</source>
        <translation>A ales altceva</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Niciun răspuns</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Nu este interesat</translation>
    </message>
    <message>
        <source>Date not available</source>
        <translation>Data nu este disponibilă</translation>
    </message>
    <message>
        <source>Value set.</source>
        <translation>Valoare setată.</translation>
    </message>
    <message>
        <source>Value removed.</source>
        <translation>Valoare ștearsă.</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valoare estimată</translation>
    </message>
    <message>
        <source>What is this lead worth, in %1? (empty: no value)</source>
        <translation>Cât valorează acest lead, în %1? (gol: fără valoare)</translation>
    </message>
    <message>
        <source>the business's currency</source>
        <translation>moneda afacerii</translation>
    </message>
    <message>
        <source>%1 has no conversation yet.</source>
        <translation>%1 nu are încă nicio conversație.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>Fără stele</translation>
    </message>
    <message>
        <source>Expected value…</source>
        <translation>Valoare estimată…</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Deschide conversația</translation>
    </message>
    <message>
        <source>Restore to the board</source>
        <translation>Pune înapoi pe panou</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>Marchează pierdut…</translation>
    </message>
    <message numerus="yes">
        <source>Changed the owner of %n lead(s).</source>
        <translation><numerusform>S-a schimbat responsabilul pentru %n lead.</numerusform><numerusform>S-a schimbat responsabilul pentru %n leaduri.</numerusform><numerusform>S-a schimbat responsabilul pentru %n de leaduri.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n lead(s).</source>
        <translation><numerusform>S-a etichetat %n lead.</numerusform><numerusform>S-au etichetat %n leaduri.</numerusform><numerusform>S-au etichetat %n de leaduri.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed a label from %n lead(s).</source>
        <translation><numerusform>S-a scos o etichetă de la %n lead.</numerusform><numerusform>S-a scos o etichetă de la %n leaduri.</numerusform><numerusform>S-a scos o etichetă de la %n de leaduri.</numerusform></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Mută în etapa</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>Setează responsabilul</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Adaugă etichetă</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Scoate eticheta</translation>
    </message>
    <message>
        <source>E-mail these leads…</source>
        <translation>Trimite e-mail acestor leaduri…</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importă leaduri</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fișiere cu leaduri (*.csv *.tsv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s).</source>
        <translation><numerusform>S-a exportat %n lead.</numerusform><numerusform>S-au exportat %n leaduri.</numerusform><numerusform>S-au exportat %n de leaduri.</numerusform></translation>
    </message>
    <message>
        <source>Save these filters as an audience…</source>
        <translation>Salvează aceste filtre ca public…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation><numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform></translation>
    </message>
    <message>
        <source>Save audience</source>
        <translation>Salvează publicul</translation>
    </message>
    <message>
        <source>Name of the audience</source>
        <translation>Numele publicului</translation>
    </message>
    <message>
        <source>Audience “%1” saved.</source>
        <translation>Publicul „%1” a fost salvat.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) so far</source>
        <translation><numerusform>%n rând până acum</numerusform><numerusform>%n rânduri până acum</numerusform><numerusform>%n de rânduri până acum</numerusform></translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The server your business sends e-mail through. The password is kept in this computer's password store (keyring), never in Sportello's database.</source>
        <translation>Serverul prin care afacerea ta trimite e-mailuri. Parola stă în depozitul de parole al acestui calculator, niciodată în baza de date Sportello.</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Niciuna (necriptat)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>neschimbată</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Securitate</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresa expeditorului</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Numele expeditorului</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Mesaje primite</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leaduri</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistici</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vizualizări</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Dezactivează</translation>
    </message>
    <message>
        <source>The team's server does not answer: this cannot be shown until it is back.</source>
        <translation>Serverul echipei nu răspunde: nu se poate afișa până nu revine.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation><numerusform>%1, %n necitită</numerusform><numerusform>%1, %n necitite</numerusform><numerusform>%1, %n de necitite</numerusform></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>Import a &amp;Messenger export…</source>
        <translation>Importă un export &amp;Messenger…</translation>
    </message>
    <message>
        <source>Export follow-ups to a &amp;calendar (.ics)…</source>
        <translation>Exportă mementourile într-un &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fă o co&amp;pie de siguranță acum…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurează dintr-o copie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Găsește contacte &amp;duplicate…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Mergi la…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scurtături de tastatură</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>&amp;Despre Sportello</translation>
    </message>
    <message>
        <source>Messenger export (.zip)</source>
        <translation>Export Messenger (.zip)</translation>
    </message>
    <message>
        <source>Facebook export (*.zip)</source>
        <translation>Export Facebook (*.zip)</translation>
    </message>
    <message>
        <source>Or the unpacked export folder</source>
        <translation>Sau dosarul exportului dezarhivat</translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation>dimensiune necunoscută</translation>
    </message>
    <message>
        <source>Sportello %1 — a contact center for small businesses.</source>
        <translation>Sportello %1 — un centru de contact pentru afaceri mici.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza de date: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Dimensiune: %1</translation>
    </message>
    <message>
        <source>Qt %1, PySide %2, SQLite %3</source>
        <translation>Qt %1, PySide %2, SQLite %3</translation>
    </message>
    <message>
        <source>About Sportello</source>
        <translation>Despre Sportello</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Lucrează ca</translation>
    </message>
    <message>
        <source>Current team member</source>
        <translation>Membrul echipei actual</translation>
    </message>
    <message>
        <source>The team's server does not answer: reconnecting… Nothing can be saved until it is back; what you are writing stays.</source>
        <translation>Serverul echipei nu răspunde: reconectare… Nu se poate salva nimic până nu revine; ce scrii rămâne.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un coleg</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>Mai lucrează: %1</translation>
    </message>
    <message>
        <source>Working now at other computers on the team's server:</source>
        <translation>Lucrează acum la alte calculatoare pe serverul echipei:</translation>
    </message>
    <message>
        <source>Connected to the team's server again.</source>
        <translation>Din nou conectat la serverul echipei.</translation>
    </message>
    <message>
        <source>No team yet</source>
        <translation>Încă nicio echipă</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Away until %1</source>
        <translation>Absent până la %1</translation>
    </message>
    <message>
        <source>Click to turn Away off</source>
        <translation>Clic ca să oprești Absent</translation>
    </message>
    <message>
        <source>Away outside business hours; click to be Away by hand for 12 hours</source>
        <translation>Absent în afara programului; clic ca să fii Absent manual 12 ore</translation>
    </message>
    <message>
        <source>You are Away: people who write get your away message.</source>
        <translation>Ești Absent: cine scrie primește mesajul tău de absență.</translation>
    </message>
    <message>
        <source>Outside business hours: people who write get your away message.</source>
        <translation>În afara programului: cine scrie primește mesajul tău de absență.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <source>Click to set Away for 12 hours</source>
        <translation>Clic ca să fii Absent 12 ore</translation>
    </message>
    <message>
        <source>Page status: %1</source>
        <translation>Starea Paginii: %1</translation>
    </message>
</context>
<context>
    <name>MessengerImport</name>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Import a Messenger export</source>
        <translation>Importă un export Messenger</translation>
    </message>
    <message>
        <source>Which of these is your Page?</source>
        <translation>Care dintre aceștia este Pagina ta?</translation>
    </message>
    <message>
        <source>Nothing was imported: the Page was not chosen.</source>
        <translation>Nu s-a importat nimic: Pagina nu a fost aleasă.</translation>
    </message>
    <message>
        <source>Imported %1 conversations, %2 new messages.</source>
        <translation>S-au importat %1 conversații, %2 mesaje noi.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import anulat: nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nu s-a importat nimic: %1</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n memento</numerusform><numerusform>%n mementouri</numerusform><numerusform>%n de mementouri</numerusform></translation>
    </message>
    <message>
        <source>done</source>
        <translation>făcut</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>neatribuit</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>și încă unul</numerusform><numerusform>și încă %n</numerusform><numerusform>și încă %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>încă %n</numerusform><numerusform>încă %n</numerusform><numerusform>încă %n</numerusform></translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Lead nou</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>NoticesWindow</name>
    <message>
        <source>Time rules</source>
        <translation>Reguli de timp</translation>
    </message>
    <message>
        <source>What the time rules ask you to look at</source>
        <translation>Ce îți cer regulile de timp să vezi</translation>
    </message>
    <message>
        <source>Enter or a double click opens it.</source>
        <translation>Enter sau dublu clic îl deschide.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Cineva</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) from the time rules</source>
        <translation><numerusform>%n aviz de la regulile de timp</numerusform><numerusform>%n avize de la regulile de timp</numerusform><numerusform>%n de avize de la regulile de timp</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: Settings → Time rules lists them all.</source>
        <translation><numerusform>…și încă %n: Setări → Reguli de timp le listează pe toate.</numerusform><numerusform>…și încă %n: Setări → Reguli de timp le listează pe toate.</numerusform><numerusform>…și încă %n de avize: Setări → Reguli de timp le listează pe toate.</numerusform></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Nesalvat: %1</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Leads</source>
        <translation>Leaduri</translation>
    </message>
    <message>
        <source>A card waiting in a stage longer than its limit is marked ⏳ on the board, and its column counts them. Converted is won: it has no limit.</source>
        <translation>Un card care stă într-o etapă peste limită este marcat ⏳ pe panou, iar coloana le numără. Convertit înseamnă câștigat: nu are limită.</translation>
    </message>
    <message>
        <source>How long a card may wait in each stage</source>
        <translation>Cât poate sta un card în fiecare etapă</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Day limit of %1</source>
        <translation>Limita în zile pentru %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>First contact of a new lead from a form, within</source>
        <translation>Primul contact al unui lead nou din formular, în</translation>
    </message>
    <message>
        <source>First contact of a new lead within</source>
        <translation>Primul contact al unui lead nou în</translation>
    </message>
    <message>
        <source>A new lead from a form counts down to its first contact on its card and in “new leads waiting”; a lead that comes in while you are closed counts from the next opening.</source>
        <translation>Un lead nou din formular numără timpul până la primul contact pe cardul lui și în „leaduri noi care așteaptă”; unul venit cât sunteți închiși numără de la următoarea deschidere.</translation>
    </message>
    <message>
        <source>The stages' names</source>
        <translation>Numele etapelor</translation>
    </message>
    <message>
        <source>Call the stages as your business does. Their meaning, and what Meta is told, stay the same.</source>
        <translation>Numește etapele cum le numește afacerea ta. Sensul lor, și ce i se spune lui Meta, rămân aceleași.</translation>
    </message>
    <message>
        <source>Name shown for %1</source>
        <translation>Numele afișat pentru %1</translation>
    </message>
    <message>
        <source>Reasons a lead is lost (one a line)</source>
        <translation>Motive pentru care un lead e pierdut (unul pe rând)</translation>
    </message>
    <message>
        <source>Reasons a lead is lost, one a line</source>
        <translation>Motive pentru care un lead e pierdut, unul pe rând</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 răspunde…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 răspund…</translation>
    </message>
    <message>
        <source>%1 is viewing this conversation.</source>
        <translation>%1 se uită la această conversație.</translation>
    </message>
    <message>
        <source>%1 are viewing this conversation.</source>
        <translation>%1 se uită la această conversație.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Memento nou</translation>
    </message>
    <message>
        <source>e.g. Call back about the catering quote</source>
        <translation>de ex. Sună înapoi pentru oferta de catering</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oră</translation>
    </message>
    <message>
        <source>Nobody (everyone sees it)</source>
        <translation>Nimeni (îl vede toată lumea)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Nu se repetă</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Săptămânal</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetă</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>5 minutes</source>
        <translation>5 minute</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minute</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minute</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 de minute</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 oră</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 ore</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>Mâine la 9:00</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Mementouri</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>Amână toate</translation>
    </message>
    <message>
        <source>Done all</source>
        <translation>Toate făcute</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more. Snooze all and Done all act on every one of them.</source>
        <translation><numerusform>…și încă %n. Amână toate și Toate făcute se aplică fiecăruia.</numerusform><numerusform>…și încă %n. Amână toate și Toate făcute se aplică fiecăruia.</numerusform><numerusform>…și încă %n. Amână toate și Toate făcute se aplică fiecăruia.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n memento de făcut</numerusform><numerusform>%n mementouri de făcut</numerusform><numerusform>%n de mementouri de făcut</numerusform></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Scadent %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>acum %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Amână</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Rezolvate</translation>
    </message>
</context>
<context>
    <name>ReplyList</name>
    <message>
        <source>Saved replies</source>
        <translation>Răspunsuri salvate</translation>
    </message>
</context>
<context>
    <name>ResponseTimePage</name>
    <message>
        <source>Response time</source>
        <translation>Timp de răspuns</translation>
    </message>
    <message>
        <source>What the Page shows people about how fast you reply.</source>
        <translation>Ce arată Pagina despre cât de repede răspunzi.</translation>
    </message>
    <message>
        <source>Automatically show average response time (recommended)</source>
        <translation>Arată automat timpul mediu de răspuns (recomandat)</translation>
    </message>
    <message>
        <source>Typically replies within minutes</source>
        <translation>De obicei răspunde în câteva minute</translation>
    </message>
    <message>
        <source>Typically replies within an hour</source>
        <translation>De obicei răspunde într-o oră</translation>
    </message>
    <message>
        <source>Typically replies within a few hours</source>
        <translation>De obicei răspunde în câteva ore</translation>
    </message>
    <message>
        <source>Typically replies within a day</source>
        <translation>De obicei răspunde într-o zi</translation>
    </message>
    <message>
        <source>The automatic line is shown while the Page replies to at least 90% of messages and the inbox is used at least once a week; otherwise nothing is shown.</source>
        <translation>Rândul automat apare cât timp Pagina răspunde la cel puțin 90% din mesaje și căsuța e folosită cel puțin o dată pe săptămână; altfel nu apare nimic.</translation>
    </message>
</context>
<context>
    <name>RuleRunner</name>
    <message>
        <source>The time rules could not run: %1</source>
        <translation>Regulile de timp nu au putut rula: %1</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Reguli de timp</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A lead stays in %1 without contact</source>
        <translation>Un lead rămâne în %1 fără contact</translation>
    </message>
    <message>
        <source>A conversation waits for a reply</source>
        <translation>O conversație așteaptă răspuns</translation>
    </message>
    <message>
        <source>A follow-up is overdue</source>
        <translation>O urmărire este întârziată</translation>
    </message>
    <message>
        <source>Make a follow-up for its owner</source>
        <translation>Creează o urmărire pentru responsabil</translation>
    </message>
    <message>
        <source>Hand it to…</source>
        <translation>Predă-l lui…</translation>
    </message>
    <message>
        <source>Flag it (a lead gets three stars)</source>
        <translation>Marchează-l (un lead primește trei stele)</translation>
    </message>
    <message>
        <source>Notify its owner</source>
        <translation>Anunță responsabilul</translation>
    </message>
    <message numerus="yes">
        <source>In %1 for %n hour(s) without contact</source>
        <translation><numerusform>În %1 de %n oră fără contact</numerusform><numerusform>În %1 de %n ore fără contact</numerusform><numerusform>În %1 de %n de ore fără contact</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a reply for %n hour(s)</source>
        <translation><numerusform>Așteaptă răspuns de %n oră</numerusform><numerusform>Așteaptă răspuns de %n ore</numerusform><numerusform>Așteaptă răspuns de %n de ore</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A follow-up overdue by %n day(s)</source>
        <translation><numerusform>O urmărire întârziată cu %n zi</numerusform><numerusform>O urmărire întârziată cu %n zile</numerusform><numerusform>O urmărire întârziată cu %n de zile</numerusform></translation>
    </message>
    <message>
        <source>follow-up made</source>
        <translation>urmărire creată</translation>
    </message>
    <message>
        <source>handed to %1</source>
        <translation>predat lui %1</translation>
    </message>
    <message>
        <source>someone who has left</source>
        <translation>cineva care a plecat</translation>
    </message>
    <message>
        <source>three stars</source>
        <translation>trei stele</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcată</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>anunțat</translation>
    </message>
    <message>
        <source>Hand it to %1</source>
        <translation>Predă-l lui %1</translation>
    </message>
    <message>
        <source>Give it three stars</source>
        <translation>Dă-i trei stele</translation>
    </message>
    <message>
        <source>Flag it</source>
        <translation>Marchează-l</translation>
    </message>
    <message>
        <source>off</source>
        <translation>oprită</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>anulat</translation>
    </message>
    <message>
        <source>Contact this new lead: nobody has yet</source>
        <translation>Contactează acest lead nou: nimeni nu a făcut-o încă</translation>
    </message>
    <message>
        <source>Answer this conversation: the customer is waiting</source>
        <translation>Răspunde la această conversație: clientul așteaptă</translation>
    </message>
    <message numerus="yes">
        <source>The time rules acted %n time(s).</source>
        <translation><numerusform>Regulile de timp au acționat o dată (%n).</numerusform><numerusform>Regulile de timp au acționat de %n ori.</numerusform><numerusform>Regulile de timp au acționat de %n de ori.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n action(s) of the time rules.</source>
        <translation><numerusform>Anulată: %n acțiune a regulilor de timp.</numerusform><numerusform>Anulate: %n acțiuni ale regulilor de timp.</numerusform><numerusform>Anulate: %n de acțiuni ale regulilor de timp.</numerusform></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Time rules</source>
        <translation>Reguli de timp</translation>
    </message>
    <message>
        <source>What the app does by itself when something has waited too long. The rules run every minute while Sportello is open, and after each “sportello sync”. Each acts once per wait; what it did is kept on the lead or the conversation, and can be undone below.</source>
        <translation>Ce face aplicația singură când ceva a așteptat prea mult. Regulile rulează în fiecare minut cât Sportello e deschis, și după fiecare „sportello sync”. Fiecare acționează o dată pe așteptare; ce a făcut rămâne pe lead sau pe conversație și se poate anula mai jos.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguli</translation>
    </message>
    <message>
        <source>No rules yet: choose what should happen below, then Add the rule.</source>
        <translation>Încă nicio regulă: alege mai jos ce trebuie să se întâmple, apoi Adaugă regula.</translation>
    </message>
    <message>
        <source>The rule is on</source>
        <translation>Regula este activă</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>For more than</source>
        <translation>Mai mult de</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Atunci</translation>
    </message>
    <message>
        <source>Hand it to</source>
        <translation>Predă-l lui</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Also act on what is past the limit now</source>
        <translation>Acționează și asupra a ce a depășit deja limita</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Regulă nouă</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>Adaugă regula</translation>
    </message>
    <message>
        <source>What the rules did</source>
        <translation>Ce au făcut regulile</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nimic încă.</translation>
    </message>
    <message>
        <source>Enter opens the lead or the conversation.</source>
        <translation>Enter deschide lead-ul sau conversația.</translation>
    </message>
    <message>
        <source>Undo what they did</source>
        <translation>Anulează ce au făcut</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Cineva</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvează modificările</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>A word for the notice (optional)</source>
        <translation>Un cuvânt pentru aviz (opțional)</translation>
    </message>
    <message numerus="yes">
        <source>Also act on the %n past the limit now</source>
        <translation><numerusform>Acționează și asupra celui care a depășit deja limita (%n)</numerusform><numerusform>Acționează și asupra celor %n care au depășit deja limita</numerusform><numerusform>Acționează și asupra celor %n de elemente care au depășit deja limita</numerusform></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Rule saved.</source>
        <translation>Regulă salvată.</translation>
    </message>
    <message>
        <source>Rule removed. What it did stays below.</source>
        <translation>Regulă eliminată. Ce a făcut rămâne mai jos.</translation>
    </message>
</context>
<context>
    <name>SavedRepliesPage</name>
    <message>
        <source>Saved replies</source>
        <translation>Răspunsuri salvate</translation>
    </message>
    <message>
        <source>Answers you send often. Insert one in the composer from the picker or by typing / and its shortcut; fields like the customer's first name are filled in.</source>
        <translation>Răspunsuri pe care le trimiți des. Inserează unul din listă sau scriind / și scurtătura lui; câmpurile precum prenumele clientului se completează singure.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplică</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mută în sus</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mută în jos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Shortcut (type / and this in the composer)</source>
        <translation>Scurtătură (scrie / și aceasta în caseta de răspuns)</translation>
    </message>
    <message>
        <source>e.g. hours</source>
        <translation>de ex. program</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scurtătură</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Atașează un fișier…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Elimină atașamentul</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvează (Ctrl+S)</translation>
    </message>
    <message>
        <source>No saved replies yet. Press New to write the first one.</source>
        <translation>Încă niciun răspuns salvat. Apasă Nou ca să-l scrii pe primul.</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Răspuns nou</translation>
    </message>
    <message>
        <source>Hi {first_name}, </source>
        <translation>Bună {first_name}, </translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1” a fost șters.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Atașează un fișier</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>Inserează un răspuns salvat</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Caută în răspunsurile salvate</translation>
    </message>
    <message>
        <source>No saved reply matches. Create them in Settings → Saved replies.</source>
        <translation>Niciun răspuns salvat nu se potrivește. Creează-le în Setări → Răspunsuri salvate.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Business</source>
        <translation>Afacere</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leaduri</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Reguli de timp</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Răspunsuri salvate</translation>
    </message>
    <message>
        <source>Instant reply</source>
        <translation>Răspuns instant</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salut</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Timp de răspuns</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secțiunile setărilor</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scurtături de tastatură</translation>
    </message>
    <message>
        <source>Inbox, Leads, Calendar, Insights, Settings</source>
        <translation>Mesaje primite, Leaduri, Calendar, Statistici, Setări</translation>
    </message>
    <message>
        <source>Go to a conversation or a lead</source>
        <translation>Mergi la o conversație sau la un lead</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Această listă</translation>
    </message>
    <message>
        <source>Undo the last action (while its notice shows)</source>
        <translation>Anulează ultima acțiune (cât timp se vede anunțul)</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Caută în mesaje</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Șterge căutarea</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Trimite răspunsul</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Rând nou în răspuns</translation>
    </message>
    <message>
        <source>Saved reply by its shortcut</source>
        <translation>Răspuns salvat după scurtătură</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Inserează un răspuns salvat</translation>
    </message>
    <message>
        <source>Insert a suggested reply</source>
        <translation>Inserează un răspuns sugerat</translation>
    </message>
    <message>
        <source>Flag or unflag</source>
        <translation>Marchează sau scoate marcajul</translation>
    </message>
    <message>
        <source>Mark unread or read</source>
        <translation>Marchează necitită sau citită</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marchează ca rezolvată</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arhivează</translation>
    </message>
    <message>
        <source>Move to the Inbox</source>
        <translation>Mută în Mesaje primite</translation>
    </message>
    <message>
        <source>Move to Spam</source>
        <translation>Mută în Spam</translation>
    </message>
    <message>
        <source>Block or unblock</source>
        <translation>Blochează sau deblochează</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Atribuie-mi mie</translation>
    </message>
    <message>
        <source>Show or hide sender info</source>
        <translation>Arată sau ascunde info expeditor</translation>
    </message>
    <message>
        <source>Move a lead to the next / previous stage</source>
        <translation>Mută un lead în etapa următoare / anterioară</translation>
    </message>
    <message>
        <source>Open the selected lead</source>
        <translation>Deschide leadul selectat</translation>
    </message>
    <message>
        <source>Give the selected leads no to three stars</source>
        <translation>Dă lead-urilor selectate de la zero la trei stele</translation>
    </message>
    <message>
        <source>Mark the selected leads lost (restore them in the Lost filter)</source>
        <translation>Marchează pierdute lead-urile selectate (restaurează-le în filtrul Pierdute)</translation>
    </message>
    <message>
        <source>Show or hide the lost leads</source>
        <translation>Arată sau ascunde lead-urile pierdute</translation>
    </message>
    <message>
        <source>The selected lead's expected value</source>
        <translation>Valoarea așteptată a lead-ului selectat</translation>
    </message>
    <message>
        <source>Calendar: move between days, new follow-up</source>
        <translation>Calendar: mută-te între zile, memento nou</translation>
    </message>
    <message>
        <source>Find duplicate contacts</source>
        <translation>Găsește contacte duplicate</translation>
    </message>
    <message>
        <source>Save (Settings)</source>
        <translation>Salvează (Setări)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce face</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Blue</source>
        <translation>Albastru</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Portocaliu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Mov</translation>
    </message>
    <message>
        <source>Raspberry</source>
        <translation>Zmeură</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Turcoaz</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Chihlimbar</translation>
    </message>
    <message>
        <source>Own colour</source>
        <translation>Culoare proprie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Everyone who answers customers here. Each chooses who they are on their own computer, at the bottom right of the window.</source>
        <translation>Toți cei care răspund aici clienților. Fiecare alege cine este pe propriul computer, în dreapta jos a ferestrei.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membrii echipei</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Culoare</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Adaugă în echipă</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvează modificările</translation>
    </message>
    <message>
        <source>Leaving the team</source>
        <translation>Cine pleacă din echipă</translation>
    </message>
    <message>
        <source>Hand their work to</source>
        <translation>Lucrul lui trece la</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Dezactivează</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Criptată dacă serverul o oferă</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Întotdeauna criptată</translation>
    </message>
    <message>
        <source>Always encrypted, the server's certificate checked</source>
        <translation>Întotdeauna criptată, cu certificatul serverului verificat</translation>
    </message>
    <message>
        <source>Not encrypted (a local network only)</source>
        <translation>Necriptată (doar într-o rețea locală)</translation>
    </message>
    <message>
        <source>Working from several computers</source>
        <translation>Lucrul de pe mai multe calculatoare</translation>
    </message>
    <message>
        <source>This computer works on the team's server at %1.</source>
        <translation>Acest calculator lucrează pe serverul echipei de la %1.</translation>
    </message>
    <message>
        <source>This computer works on its own file. For several computers at once, the team keeps its data on one PostgreSQL server.</source>
        <translation>Acest calculator lucrează pe propriul fișier. Pentru mai multe calculatoare deodată, echipa își ține datele pe un server PostgreSQL.</translation>
    </message>
    <message>
        <source>the server's name or address</source>
        <translation>numele sau adresa serverului</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Bază de date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Criptare</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <source>Use it from the next start</source>
        <translation>Folosește-l de la următoarea pornire</translation>
    </message>
    <message>
        <source>Use this computer's own file</source>
        <translation>Folosește fișierul acestui calculator</translation>
    </message>
    <message>
        <source>The password is kept in this computer's password store, never in a file. To bring this computer's data to a new, empty server: sportello copy-to postgresql://USER@SERVER/DATABASE.</source>
        <translation>Parola este păstrată în depozitul de parole al acestui calculator, niciodată într-un fișier. Pentru a muta datele acestui calculator pe un server nou și gol: sportello copy-to postgresql://UTILIZATOR@SERVER/BAZĂ.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectare…</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Conectat: %1.</translation>
    </message>
    <message>
        <source>Sportello opens on the team's server the next time it starts.</source>
        <translation>Sportello se va deschide pe serverul echipei la următoarea pornire.</translation>
    </message>
    <message>
        <source>Sportello opens on this computer's own file the next time it starts.</source>
        <translation>Sportello se va deschide pe fișierul acestui calculator la următoarea pornire.</translation>
    </message>
    <message>
        <source>%1 (not active)</source>
        <translation>%1 (inactiv)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivează</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nimeni</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nimeni</translation>
    </message>
    <message>
        <source>Hands %1 conversation(s), %2 lead(s) and %3 open follow-up(s) to %4.</source>
        <translation>Trec %1 conversații, %2 leaduri și %3 mementouri deschise la %4.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Adăugat.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>%1 is no longer on the team.</source>
        <translation>%1 nu mai face parte din echipă.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message text</source>
        <translation>Textul mesajului</translation>
    </message>
    <message>
        <source>Personalize</source>
        <translation>Personalizează</translation>
    </message>
    <message>
        <source>Insert a personalization field</source>
        <translation>Inserează un câmp personalizat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Preview with a sample contact</source>
        <translation>Previzualizare cu un contact de exemplu</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation><numerusform>a mai rămas %n caracter</numerusform><numerusform>au mai rămas %n caractere</numerusform><numerusform>au mai rămas %n de caractere</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation><numerusform>%n caracter în plus</numerusform><numerusform>%n caractere în plus</numerusform><numerusform>%n de caractere în plus</numerusform></translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Automatic reply · Instant reply</source>
        <translation>Răspuns automat · Răspuns instant</translation>
    </message>
    <message>
        <source>Automatic reply · Away message</source>
        <translation>Răspuns automat · Mesaj de absență</translation>
    </message>
    <message>
        <source>Automatic reply · Greeting</source>
        <translation>Răspuns automat · Salut</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Răspuns automat</translation>
    </message>
    <message>
        <source>This message was unsent.</source>
        <translation>Acest mesaj a fost retras.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagină</translation>
    </message>
    <message>
        <source>file not found in export</source>
        <translation>fișier negăsit în export</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Netrimis</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <source>Human agent</source>
        <translation>Operator uman</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>now</source>
        <translation>acum</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mâine %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mâine</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>WaitingCard</name>
    <message>
        <source>Waiting for reply</source>
        <translation>Așteaptă răspuns</translation>
    </message>
    <message>
        <source>Requests waiting for a reply, most urgent first</source>
        <translation>Cereri care așteaptă răspuns, cele mai urgente întâi</translation>
    </message>
    <message>
        <source>Nobody is waiting. Well done!</source>
        <translation>Nu așteaptă nimeni. Bravo!</translation>
    </message>
    <message>
        <source>%1 left for 15 min</source>
        <translation>mai sunt %1 până la 15 min</translation>
    </message>
    <message>
        <source>15 min passed</source>
        <translation>au trecut 15 min</translation>
    </message>
    <message>
        <source>waiting %1 · %2 · %3 left to answer</source>
        <translation>așteaptă de %1 · %2 · %3 rămase pentru răspuns</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Deschide conversația</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation>Bun venit în Sportello</translation>
    </message>
    <message>
        <source>Your customers' messages, leads and follow-ups, in one window on this computer. How would you like to begin?</source>
        <translation>Mesajele, leadurile și mementourile clienților tăi, într-o singură fereastră pe acest computer. Cum vrei să începi?</translation>
    </message>
    <message>
        <source>Start my business</source>
        <translation>Pornește afacerea mea</translation>
    </message>
    <message>
        <source>Name, website, country and time zone, and you as its first team member.</source>
        <translation>Nume, site, țară și fus orar, și tu ca primul membru al echipei.</translation>
    </message>
    <message>
        <source>Look around a demo business</source>
        <translation>Explorează o afacere demonstrativă</translation>
    </message>
    <message>
        <source>A pizzeria with its customers, leads and follow-ups, in a folder of its own: nothing of yours is touched.</source>
        <translation>O pizzerie cu clienții, leadurile și mementourile ei, într-un dosar separat: nimic de-al tău nu este atins.</translation>
    </message>
    <message>
        <source>Import a Messenger export</source>
        <translation>Importă un export Messenger</translation>
    </message>
    <message>
        <source>The .zip Facebook gives you from “Download your information”: your Page's conversations come in, with their photos.</source>
        <translation>Fișierul .zip pe care Facebook ți-l dă din „Descarcă informațiile tale”: vin conversațiile Paginii, cu fotografiile lor.</translation>
    </message>
    <message>
        <source>Connect my Facebook Page</source>
        <translation>Conectează Pagina mea de Facebook</translation>
    </message>
    <message>
        <source>Messages, comments and lead forms arrive by themselves; you need the Page ID and a Page access token.</source>
        <translation>Mesajele, comentariile și formularele de lead vin singure; ai nevoie de ID-ul Paginii și de un token de acces al Paginii.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Numele afacerii</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Prenumele tău</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Numele tău</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Începe</translation>
    </message>
    <message>
        <source>Say who you are: your first name.</source>
        <translation>Spune cine ești: prenumele tău.</translation>
    </message>
</context>
<context>
    <name>_TextSettingPage</name>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvează (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Follow-up due</source>
        <translation>Memento scadent</translation>
    </message>
</context>
</TS>