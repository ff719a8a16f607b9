<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS" sourcelanguage="en_GB">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="192"/>
        <source>Acknowledge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="197"/>
        <source>Only a message you received can be acknowledged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prijem se može potvrditi samo za poruku koju ste primili.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeForm</name>
    <message>
        <location filename="../../ui/acknowledge.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvorna poruka</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="18"/>
        <source>&amp;Read: an officer has opened the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pročitano: službenik je otvorio poruku</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="20"/>
        <source>Read acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda o čitanju</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="25"/>
        <source>&amp;Business: the message is being acted on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Postupanje: po poruci se postupa</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="26"/>
        <source>Business acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda o postupanju</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="34"/>
        <source>Problem with the acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa potvrdom</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="47"/>
        <location filename="../../ui/acknowledge.ui" line="49"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="54"/>
        <source>&amp;Sign and queue acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Potpiši i stavi potvrdu u red za slanje</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="56"/>
        <source>Sign and queue acknowledgement (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi potvrdu u red za slanje (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="57"/>
        <source>Sign and queue acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi potvrdu u red za slanje</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="91"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="91"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="92"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="92"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="93"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opoziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="94"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Deljenje predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="97"/>
        <source>from {agency} ({officer})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>od {agency} ({officer})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="101"/>
        <source>to {agencies}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>za {agencies}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="101"/>
        <source>single officers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>pojedinačni službenici</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="102"/>
        <source>{kind} {who}, {when}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="104"/>
        <source> — case {ref}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> — predmet {ref}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="128"/>
        <source>It could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije bilo moguće staviti u red za slanje ({error}). Ništa nije sačuvano; pokušajte ponovo, a ako se problem ponavlja, obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="330"/>
        <source>No handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema koda za rukovanje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="331"/>
        <source>Handling code: {code}: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje: {code}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="334"/>
        <source>Conditions: {conditions}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi: {conditions}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="337"/>
        <source>Not to be passed on without the provider&apos;s consent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne prosleđivati bez saglasnosti pružaoca podataka.</translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="183"/>
        <source>Lookout: watch for and report these subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potraga: pratite i prijavite ove subjekte</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="184"/>
        <source>Spontaneous information: shared without a request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Spontano dostavljena informacija: podeljena bez zahteva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="186"/>
        <source>Warning: a threat or imminent crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje na opasnost: pretnja ili predstojeći prelazak granice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="187"/>
        <source>No INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez INTERPOL poternice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="202"/>
        <source>No INTERPOL notice is referred to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne upućuje se ni na jednu INTERPOL poternicu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="205"/>
        <source>Notice asks for: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poternica traži: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="221"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izaberite jednu stavku sa liste</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="22"/>
        <source>Message %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="24"/>
        <source>Case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="26"/>
        <source>Subject %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="30"/>
        <source>Setting: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podešavanje: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="32"/>
        <source>This profile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj profil</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="34"/>
        <source>Enrolment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registracija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="58"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="135"/>
        <source>Time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vreme</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="60"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="136"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="61"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="137"/>
        <source>Officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Službenik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="62"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="139"/>
        <source>Object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="63"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="140"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="81"/>
        <source>Details of the selected entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti izabranog unosa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="101"/>
        <source>The audit log is empty. Every unlock and lock, every message created, disclosed or received, every record opened with a justification, erased or kept longer is recorded here, signed and chained.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Revizijski trag je prazan. Ovde se beleži, potpisano i povezano u lanac, svako otključavanje i zaključavanje, svaka poruka sastavljena, otkrivena ili primljena, svaki zapis otvoren uz obrazloženje, obrisan ili zadržan duže.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="107"/>
        <source>No entries of this kind. Choose “Every kind” to see the whole log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema unosa ove vrste. Izaberite „Sve vrste“ da biste videli ceo trag.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="125"/>
        <source>Select an entry to see all it records.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite unos da biste videli sve što beleži.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="134"/>
        <source>Entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Unos</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="34"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="35"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="36"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uređaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="37"/>
        <source>Hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="38"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="39"/>
        <source>Retention</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čuvanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="40"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preispitivanje dana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="41"/>
        <source>Value</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrednost</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="42"/>
        <source>By</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="43"/>
        <source>Forwarded from</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđeno iz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="44"/>
        <source>Provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Saglasnost pružaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="45"/>
        <source>Decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odluka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="46"/>
        <source>Directory version</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Verzija imenika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="47"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primaoci</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="48"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/case_page.py" line="33"/>
        <source>Choose a case…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite predmet…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/case_page.py" line="34"/>
        <source>No cases in this profile yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu još nema predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/case_page.py" line="52"/>
        <source>choose a case, or choose No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izaberite predmet ili izaberite „Bez predmeta“</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="52"/>
        <source>Case</source>
        <extracomment>a case is on screen (ref), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="100"/>
        <source>Cannot show the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet nije moguće prikazati</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="110"/>
        <source>Case %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="143"/>
        <source>seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>viđeno u primljenim porukama; lokalna evidencija predmeta još ne postoji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="165"/>
        <source>%1 of %2 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 od %2 poruka (najstarije prvo)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="168"/>
        <source>%1 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka: %1 (najstarije prvo)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="171"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="171"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="174"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (rok je istekao)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="196"/>
        <source>Case review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preispitivanje predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="198"/>
        <source>Reply owed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dugujemo odgovor: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="199"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok je istekao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="199"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="208"/>
        <source>Nothing is due.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema dospelih obaveza.</translation>
    </message>
</context>
<context>
    <name>CaseViewForm</name>
    <message>
        <location filename="../../ui/case_view.ui" line="11"/>
        <source>No case is open.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nijedan predmet nije otvoren.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="11"/>
        <source>No case shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije prikazan nijedan predmet</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="16"/>
        <source>Case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Case status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Crime area:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oblast kriminala:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oblast kriminala</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Review on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preispitivanje dana:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum preispitivanja</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Other systems:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drugi sistemi:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>References in other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Brojevi u drugim sistemima</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="22"/>
        <source>Timeline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hronologija</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="24"/>
        <source>How many messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj poruka</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Messages of the case, oldest first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke predmeta, najstarije prvo</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Direction</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Smer</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sažetak</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="29"/>
        <source>Due and overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dospelo i prekoračeno</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>Due and overdue items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stavke kojima je rok dospeo ili istekao</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="35"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Subjects of the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Role</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uloga</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci o ličnosti</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="41"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomene</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="43"/>
        <source>Case notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomene o predmetu</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../liaison_app/gui/compose/_util.py" line="217"/>
        <source>choose one from the list</source>
        <extracomment>hide a field&apos;s error as soon as it is edited (forms checked when sent); a form that checks on every change (the subject editor) keeps its own errors fresh</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izaberite jednu stavku sa liste</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="348"/>
        <source>Not possible</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije moguće</translation>
    </message>
</context>
<context>
    <name>ComposeAlertForm</name>
    <message>
        <location filename="../../ui/compose_alert.ui" line="11"/>
        <source>Alert &amp;kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Vrsta upozorenja:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="17"/>
        <source>Alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta upozorenja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="25"/>
        <source>Problem with alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa vrstom upozorenja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="30"/>
        <source>&amp;Action requested:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Traženo postupanje:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="36"/>
        <source>What partners should do (leave empty for information only)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta partneri treba da preduzmu (ostavite prazno ako je samo radi informisanja)</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="37"/>
        <source>Action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traženo postupanje</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="46"/>
        <source>Problem with action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa traženim postupanjem</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="51"/>
        <source>&amp;Valid until:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Važi &amp;do:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="52"/>
        <source>Alert has an end</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje ima rok važenja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="59"/>
        <source>Valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Važi do</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="67"/>
        <source>Problem with valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa rokom važenja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="72"/>
        <source>INTERPOL &amp;notice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>INTERPOL &amp;poternica:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="78"/>
        <source>INTERPOL notice colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Boja INTERPOL poternice</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="86"/>
        <source>Problem with interpol notice colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa bojom INTERPOL poternice</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="93"/>
        <source>INTERPOL notice meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Značenje INTERPOL poternice</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="98"/>
        <source>Notice &amp;reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Broj poternice:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="105"/>
        <source>e.g. A-1234/5-2026</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. A-1234/5-2026</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="106"/>
        <source>INTERPOL notice reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj INTERPOL poternice</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="114"/>
        <source>Problem with interpol notice reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa brojem INTERPOL poternice</translation>
    </message>
</context>
<context>
    <name>ComposeCaseForm</name>
    <message>
        <location filename="../../ui/compose_case.ui" line="11"/>
        <source>&amp;No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Bez predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="13"/>
        <source>No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="18"/>
        <source>&amp;Existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Postojeći predmet</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="19"/>
        <location filename="../../ui/compose_case.ui" line="31"/>
        <source>Existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Postojeći predmet</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="24"/>
        <source>Cas&amp;e:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pr&amp;edmet:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="39"/>
        <source>Problem with existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa postojećim predmetom</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="44"/>
        <source>Ne&amp;w case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>No&amp;vi predmet</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="45"/>
        <source>New case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novi predmet</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="50"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Broj:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="57"/>
        <source>e.g. GB-NCA/2026/0042</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. GB-NCA/2026/0042</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="58"/>
        <source>New case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj novog predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="66"/>
        <source>Problem with new case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa brojem novog predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="71"/>
        <source>&amp;Title:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="78"/>
        <source>New case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv novog predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="86"/>
        <source>Problem with new case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa nazivom novog predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="91"/>
        <source>Crime &amp;area:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Oblast kriminala:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="98"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oblast kriminala</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="106"/>
        <source>Problem with crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa oblašću kriminala</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="112"/>
        <source>Linking a case keeps the message, its subjects and the replies together in the case view.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Povezivanjem sa predmetom poruka, njeni subjekti i odgovori ostaju zajedno u prikazu predmeta.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="52"/>
        <source>Compose request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sastavi zahtev</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="52"/>
        <source>Raise alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdaj upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="65"/>
        <source>A request for information to partner agencies. The reply is due within the time limit of its urgency class.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev za informacije upućen partnerskim službama. Odgovor dospeva u roku koji odgovara stepenu hitnosti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="67"/>
        <source>A law-enforcement alert to partner agencies: a lookout, spontaneous information or a warning.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Policijsko upozorenje partnerskim službama: potraga, spontano dostavljena informacija ili upozorenje na opasnost.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="81"/>
        <source>Request &amp;details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pojedinosti zahteva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="82"/>
        <source>Alert &amp;details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pojedinosti upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="165"/>
        <source>The message was not queued: correct the fields marked in red.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka nije stavljena u red za slanje: ispravite polja označena crvenom bojom.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="195"/>
        <source>Profile locked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Profil je zaključan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="196"/>
        <source>The profile was locked before the message was queued. Unlock and compose it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Profil je zaključan pre nego što je poruka stavljena u red za slanje. Otključajte profil i ponovo sastavite poruku.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="206"/>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="209"/>
        <source>Message not queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka nije stavljena u red za slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="210"/>
        <source>The message could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruku nije bilo moguće staviti u red za slanje ({error}). Ništa nije sačuvano; pokušajte ponovo, a ako se problem ponavlja, obratite se IT službi.</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <location filename="../../ui/compose.ui" line="13"/>
        <source>About this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O ovoj poruci</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="19"/>
        <source>Compose sections</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Delovi poruke</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="21"/>
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Poruka</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="26"/>
        <source>&amp;Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Po&amp;jedinosti</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="31"/>
        <source>&amp;Grading and handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ocena i rukovanje</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="36"/>
        <source>S&amp;ubjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>S&amp;ubjekti</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="41"/>
        <source>&amp;Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pr&amp;edmet</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="52"/>
        <source>Problem with the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa porukom</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="60"/>
        <source>Sign and queue works offline: the message is sealed now and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„Potpiši i stavi u red za slanje“ radi i bez veze: poruka se sada zapečaćuje i šalje pri sledećoj sinhronizaciji.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="71"/>
        <location filename="../../ui/compose.ui" line="73"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="78"/>
        <source>&amp;Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Potpiši i stavi u red za slanje</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="79"/>
        <source>Sign, encrypt and queue for sending (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši, šifruj i stavi u red za slanje (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="81"/>
        <source>Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi u red za slanje</translation>
    </message>
</context>
<context>
    <name>ComposeGradingForm</name>
    <message>
        <location filename="../../ui/compose_grading.ui" line="11"/>
        <source>Grading &amp;scheme:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Š&amp;ema ocenjivanja:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="17"/>
        <source>Grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šema ocenjivanja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="25"/>
        <source>Problem with grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa šemom ocenjivanja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="32"/>
        <source>The scheme is stored with the codes. Codes are never converted between schemes.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šema se čuva zajedno sa kodovima. Kodovi se nikada ne preračunavaju iz jedne šeme u drugu.</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="33"/>
        <source>About grading schemes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O šemama ocenjivanja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="38"/>
        <source>&amp;Source evaluation:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena &amp;izvora:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="44"/>
        <source>Source grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena izvora</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="52"/>
        <source>Problem with source grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa ocenom izvora</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="59"/>
        <source>Source grade meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Značenje ocene izvora</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="64"/>
        <source>&amp;Intelligence assessment:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Procena &amp;informacije:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="70"/>
        <source>Information grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena informacije</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="78"/>
        <source>Problem with information grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa ocenom informacije</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="85"/>
        <source>Information grade meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Značenje ocene informacije</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="90"/>
        <source>&amp;Handling code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Kod za rukovanje:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="96"/>
        <source>Handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="104"/>
        <source>Problem with handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa kodom za rukovanje</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="111"/>
        <source>Handling code meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Značenje koda za rukovanje</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="116"/>
        <source>C&amp;onditions:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Uslovi:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="122"/>
        <source>The provider&apos;s conditions; they travel with the data and bind the recipient</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi pružaoca podataka; prate podatke i obavezuju primaoca</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="123"/>
        <source>Handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi rukovanja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="132"/>
        <source>Problem with handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa uslovima rukovanja</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="137"/>
        <source>&amp;Not to be passed on without the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ne prosleđivati bez saglasnosti pružaoca podataka</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="138"/>
        <source>Not to be passed on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne prosleđivati</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="146"/>
        <source>Problem with not to be passed on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa zabranom prosleđivanja</translation>
    </message>
</context>
<context>
    <name>ComposeMessageForm</name>
    <message>
        <location filename="../../ui/compose_message.ui" line="11"/>
        <source>&amp;Recipients:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Primaoci:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="20"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primaoci</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="28"/>
        <source>Problem with recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa primaocima</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="35"/>
        <source>Tick an agency to address all its officers, or open it and tick single officers. Only agencies with a device in your directory are listed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Označite službu da biste poruku uputili svim njenim službenicima ili je otvorite i označite pojedinačne službenike. Navedene su samo službe koje imaju uređaj u Vašem imeniku.</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="36"/>
        <source>Recipient help</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pomoć za izbor primalaca</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="41"/>
        <source>&amp;Priority:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="47"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="55"/>
        <source>Problem with priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa prioritetom</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="60"/>
        <source>&amp;Urgency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Hitnost:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="66"/>
        <source>Urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stepen hitnosti</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="74"/>
        <source>Problem with urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa stepenom hitnosti</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="79"/>
        <source>Reply due:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok za odgovor:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="86"/>
        <source>Reply due date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum roka za odgovor</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="91"/>
        <source>Message &amp;text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Tekst poruke:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="97"/>
        <source>Message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tekst poruke</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="106"/>
        <source>Problem with message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa tekstom poruke</translation>
    </message>
</context>
<context>
    <name>ComposeRequestForm</name>
    <message>
        <location filename="../../ui/compose_request.ui" line="11"/>
        <source>P&amp;urpose:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>S&amp;vrha:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="17"/>
        <source>Why the information is needed (the investigation or operation)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto su informacije potrebne (istraga ili operacija)</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="18"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svrha</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="27"/>
        <source>Problem with purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa svrhom</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="32"/>
        <source>&amp;Information requested:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Tražene informacije:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="38"/>
        <source>Exactly what you ask the partner to provide</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tačno šta tražite od partnera da dostavi</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="39"/>
        <source>Information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tražene informacije</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="48"/>
        <source>Problem with information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa traženim informacijama</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="53"/>
        <source>G&amp;rounds:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Osnov:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="59"/>
        <source>The facts that justify the request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Činjenice koje opravdavaju zahtev</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="60"/>
        <source>Grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Osnov</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="69"/>
        <source>Problem with grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa osnovom</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="74"/>
        <source>The reply is sought for use as &amp;evidence in judicial proceedings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor se traži radi upotrebe kao &amp;dokaz u sudskom postupku</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="75"/>
        <source>Evidence use sought</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traži se upotreba kao dokaza</translation>
    </message>
</context>
<context>
    <name>ComposeSubjectsForm</name>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="13"/>
        <source>&amp;Kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="19"/>
        <source>Kind of subject to add</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta subjekta koji se dodaje</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="24"/>
        <source>&amp;Add subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Dodaj subjekt</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="26"/>
        <source>Add subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodaj subjekt</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="31"/>
        <source>&amp;Remove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ukloni subjekt</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="34"/>
        <source>Remove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukloni subjekt</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="51"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="56"/>
        <source>Subject editor</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uređivanje subjekta</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="62"/>
        <source>No subjects yet. Choose a kind and press Add subject: a person, organisation, vehicle, travel document, phone or other identifier, location or route.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još nema subjekata. Izaberite vrstu i pritisnite „Dodaj subjekt“: lice, organizacija, vozilo, putna isprava, telefon ili drugi identifikator, lokacija ili ruta.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="46"/>
        <source>Name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="47"/>
        <source>Identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Identifikator</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="48"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="70"/>
        <source> (you)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> (Vi)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="74"/>
        <source>This device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj uređaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="76"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uređaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="100"/>
        <source>No directory yet: sync to fetch it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik još ne postoji: sinhronizujte da biste ga preuzeli.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="102"/>
        <source>Directory version %1, valid until %2, fetched %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Verzija imenika %1, važi do %2, preuzeto %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="108"/>
        <source>expired: sync to refresh it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>isteklo: sinhronizujte da biste ga osvežili</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/page_directory.ui" line="13"/>
        <source>Directory version and validity</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Verzija i važenje imenika</translation>
    </message>
    <message>
        <location filename="../../ui/page_directory.ui" line="18"/>
        <source>Agencies, officers and devices</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Službe, službenici i uređaji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/directory.py" line="33"/>
        <source>No directory yet. The signed directory of partner agencies, their officers and devices arrives with enrolment and is refreshed at every sync.</source>
        <extracomment>the model re-reads itself on ctx.data_changed (coalesced, and when shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik još ne postoji. Potpisani imenik partnerskih agencija, njihovih službenika i uređaja stiže pri registraciji i osvežava se pri svakoj sinhronizaciji.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="14"/>
        <source>UK 3x5x2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>UK 3x5x2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="15"/>
        <source>Europol 4x4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Europol 4x4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="16"/>
        <source>Source evaluation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena izvora</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="17"/>
        <source>Source reliability</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pouzdanost izvora</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="18"/>
        <source>Intelligence assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Procena informacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="19"/>
        <source>Information accuracy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tačnost informacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="20"/>
        <source>reliable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>pouzdan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="21"/>
        <source>untested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>neproveren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="22"/>
        <source>not reliable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nepouzdan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="23"/>
        <source>no doubt about authenticity, trustworthiness and competence, or reliable in all instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nema sumnje u autentičnost, verodostojnost i stručnost, odnosno pouzdan u svim slučajevima</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="25"/>
        <source>reliable in most instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>pouzdan u većini slučajeva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="26"/>
        <source>unreliable in most instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nepouzdan u većini slučajeva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="27"/>
        <source>cannot be assessed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije moguće proceniti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="28"/>
        <source>known directly to the source</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izvoru neposredno poznato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="29"/>
        <source>known indirectly to the source but corroborated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izvoru posredno poznato, ali potvrđeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="30"/>
        <source>known indirectly to the source</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izvoru posredno poznato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="31"/>
        <source>not known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije poznato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="32"/>
        <source>suspected to be false or malicious</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sumnja se da je lažno ili zlonamerno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="33"/>
        <source>not in doubt</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije sporno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="34"/>
        <source>known personally to the source but not to the official passing it on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izvoru lično poznato, ali ne i službeniku koji je prosleđuje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="36"/>
        <source>not known personally to the source but corroborated by information already recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izvoru nije lično poznato, ali je potvrđeno već evidentiranim informacijama</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="38"/>
        <source>not known personally to the source and cannot be corroborated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izvoru nije lično poznato i ne može se potvrditi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="40"/>
        <source>lawful sharing permitted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>zakonito deljenje je dozvoljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="41"/>
        <source>lawful sharing permitted subject to conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>zakonito deljenje je dozvoljeno uz uslove</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="42"/>
        <source>use only to prevent and combat crime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>koristiti samo za sprečavanje i suzbijanje kriminala</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="43"/>
        <source>not to be used as evidence in judicial proceedings without the provider&apos;s permission</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne koristiti kao dokaz u sudskom postupku bez dozvole pružaoca podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="45"/>
        <source>not to be passed on without the provider&apos;s permission</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne prosleđivati bez dozvole pružaoca podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="46"/>
        <source>other restrictions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>druga ograničenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="48"/>
        <source>Urgent, information directly available (8 hours)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno, informacije neposredno dostupne (8 sati)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="49"/>
        <source>Urgent, information indirectly available (3 calendar days)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno, informacije posredno dostupne (3 kalendarska dana)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="50"/>
        <source>Any other request (7 calendar days)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svaki drugi zahtev (7 kalendarskih dana)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="51"/>
        <source>Red: locate and arrest pending extradition</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Crvena: pronalaženje i hapšenje radi izručenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="52"/>
        <source>Blue: more information on identity, location or activities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Plava: dodatne informacije o identitetu, lokaciji ili aktivnostima</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="53"/>
        <source>Green: warning about criminal activity</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zelena: upozorenje na kriminalnu aktivnost</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="54"/>
        <source>Yellow: missing person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Žuta: nestalo lice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="55"/>
        <source>Black: unidentified body</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Crna: neidentifikovano telo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="56"/>
        <source>Orange: imminent threat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Narandžasta: neposredna pretnja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="57"/>
        <source>Purple: modus operandi, objects, concealment methods</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ljubičasta: modus operandi, predmeti, načini skrivanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="58"/>
        <source>INTERPOL–UN Security Council Special Notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Posebna poternica INTERPOL–Savet bezbednosti UN</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="59"/>
        <source>Silver: criminal assets (pilot)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Srebrna: imovina stečena kriminalom (pilot-projekat)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="61"/>
        <source>Migrant smuggling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Krijumčarenje migranata</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="62"/>
        <source>Trafficking in human beings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Trgovina ljudima</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="63"/>
        <source>Document fraud</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Falsifikovanje isprava</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="52"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="64"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="94"/>
        <source>Other</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drugo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="65"/>
        <source>Europol SIENA</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Europol SIENA</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="66"/>
        <source>INTERPOL I-24/7</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>INTERPOL I-24/7</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="67"/>
        <source>SELEC</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>SELEC</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="68"/>
        <source>National system</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacionalni sistem</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="70"/>
        <source>Suspect</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Osumnjičeni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="71"/>
        <source>Convicted person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Osuđeno lice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="72"/>
        <source>Victim</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Žrtva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="73"/>
        <source>Witness</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svedok</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="74"/>
        <source>Contact or associate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kontakt ili saradnik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="76"/>
        <source>yes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="77"/>
        <source>no</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="78"/>
        <source>Lookout</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potraga</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="79"/>
        <source>Spontaneous information</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Spontano dostavljena informacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="80"/>
        <source>Warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="81"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="82"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Delimično dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="83"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="84"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traženo pojašnjenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="85"/>
        <source>Technical (arrived)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tehnička (primljeno)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="86"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pročitano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="87"/>
        <source>Business (being acted on)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Postupanje u toku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="88"/>
        <source>Rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="89"/>
        <source>Withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Povlačenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="91"/>
        <source>Female</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ženski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="92"/>
        <source>Male</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Muški</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="93"/>
        <source>Unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="45"/>
        <source>E-mail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="46"/>
        <source>Handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nalog</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="47"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="95"/>
        <source>Lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kamion</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="48"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="96"/>
        <source>Van</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kombi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="49"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="97"/>
        <source>Car</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Putnički automobil</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="50"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="98"/>
        <source>Bus</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Autobus</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="51"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="99"/>
        <source>Boat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Plovilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="53"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="100"/>
        <source>Passport</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pasoš</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="54"/>
        <source>Id card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lična karta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="57"/>
        <source>false</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>lažna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="58"/>
        <source>stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ukradena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="59"/>
        <source>blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>blanko</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="101"/>
        <source>Identity card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lična karta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="55"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="102"/>
        <source>Visa</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viza</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="56"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="103"/>
        <source>Residence permit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dozvola boravka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="104"/>
        <source>Genuine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="105"/>
        <source>False (forged or counterfeit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lažna (preinačena ili falsifikovana)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="106"/>
        <source>Stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukradena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="107"/>
        <source>Stolen blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukradeni blanko obrazac</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="108"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj telefona</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="44"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="109"/>
        <source>IMEI</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="110"/>
        <source>E-mail address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa e-pošte</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="111"/>
        <source>Messaging handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korisničko ime u aplikaciji za poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="112"/>
        <source>Road</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drumski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="113"/>
        <source>Rail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Železnički</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="114"/>
        <source>Sea</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pomorski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="115"/>
        <source>River</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rečni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="116"/>
        <source>Air</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vazdušni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="117"/>
        <source>On foot</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pešice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="118"/>
        <source>Mixed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kombinovani</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="120"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svrha</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="121"/>
        <source>Information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tražene informacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="122"/>
        <source>Grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Osnov</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="123"/>
        <source>Urgency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitnost</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="124"/>
        <source>Evidence use sought</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traži se upotreba kao dokaza</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="125"/>
        <source>Alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="126"/>
        <source>Action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traženo postupanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="127"/>
        <source>Valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Važi do</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="128"/>
        <source>INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>INTERPOL poternica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="129"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="130"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="131"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="132"/>
        <source>Of message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="133"/>
        <source>Action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Radnja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="134"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="135"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="136"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oblast kriminala</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="138"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pseudonimi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="139"/>
        <source>Colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Boja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="140"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="141"/>
        <source>Date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="142"/>
        <source>Document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta isprave</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="143"/>
        <source>Expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum isteka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="144"/>
        <source>Given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="145"/>
        <source>Identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta identifikatora</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="146"/>
        <source>Is border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Granični prelaz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="147"/>
        <source>Issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum izdavanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="148"/>
        <source>Issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država izdavanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="149"/>
        <source>Latitude e6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Geografska širina (×10⁶)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="150"/>
        <source>Longitude e6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Geografska dužina (×10⁶)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="151"/>
        <source>Make</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="152"/>
        <source>Mode</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Način</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="153"/>
        <source>Model</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="154"/>
        <source>Name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="155"/>
        <source>Nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Državljanstva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="156"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomene</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="157"/>
        <source>Number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="158"/>
        <source>Place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mesto rođenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="159"/>
        <source>Registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registarska oznaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="160"/>
        <source>Registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država registracije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="161"/>
        <source>Service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Servis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="162"/>
        <source>Sex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pol</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="163"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="164"/>
        <source>Surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prezime</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="165"/>
        <source>Value</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrednost</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="166"/>
        <source>Vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta vozila</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="167"/>
        <source>Vin</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="168"/>
        <source>Waypoints</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Usputne tačke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="170"/>
        <source>IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="171"/>
        <source>Account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj računa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="172"/>
        <source>Bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifra banke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="173"/>
        <source>BIC / SWIFT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="174"/>
        <source>Holder name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vlasnik računa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="175"/>
        <source>Bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv banke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="176"/>
        <source>Last four</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednje četiri cifre</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="177"/>
        <source>Issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdavalac</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="178"/>
        <source>Provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pružalac usluge</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="179"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="180"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iznos</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="181"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="182"/>
        <source>Sent on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato dana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="183"/>
        <source>Sender name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="184"/>
        <source>Sender country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="185"/>
        <source>Receiver name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime primaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="186"/>
        <source>Receiver country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država primaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="187"/>
        <source>Network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mreža</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="188"/>
        <source>Network name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv mreže</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="189"/>
        <source>Address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="190"/>
        <source>Asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kriptovaluta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="191"/>
        <source>Broker name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime posrednika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="192"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lokacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="43"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="193"/>
        <source>Phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="194"/>
        <source>Courier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kurir</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="195"/>
        <source>Bitcoin</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="196"/>
        <source>Ethereum</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ethereum</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="197"/>
        <source>Tron</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tron</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="198"/>
        <source>Litecoin</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Litecoin</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="199"/>
        <source>BNB Smart Chain</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BNB Smart Chain</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="200"/>
        <source>Polygon</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="201"/>
        <source>Other network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Druga mreža</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="185"/>
        <source>Enrolment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registracija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="186"/>
        <source>Step 3 of 3: keys, encrypted cache and the hub.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korak 3 od 3: ključevi, šifrovana lokalna baza i čvorište.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="237"/>
        <source>Enrolled. Liaison is ready.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registracija je završena. Liaison je spreman.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="242"/>
        <source>Your profile is ready, but the hub could not enrol this computer yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vaš profil je spreman, ali čvorište još nije moglo da registruje ovaj računar.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="245"/>
        <source>{0}

Choose “Enrol when connected” to start using Liaison now: you can read the cache and queue work, and Liaison enrols at the first sync that reaches the hub. Or connect and choose “Try again”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}

Izaberite „Registruj pri uspostavljanju veze“ da biste odmah počeli da koristite Liaison: možete čitati lokalnu bazu i stavljati rad u red za slanje, a Liaison će se registrovati pri prvoj sinhronizaciji koja dopre do čvorišta. Ili uspostavite vezu i izaberite „Pokušaj ponovo“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="258"/>
        <source>Enrolment did not finish.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registracija nije završena.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="286"/>
        <source>Making keys and the encrypted cache…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izrada ključeva i šifrovane lokalne baze…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="289"/>
        <source>Opening the prepared profile…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvaranje pripremljenog profila…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="293"/>
        <source>Contacting the hub at {0}…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uspostavljanje veze sa čvorištem {0}…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="302"/>
        <source>Opening Liaison…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvaranje aplikacije Liaison…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="158"/>
        <source>Erase a record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Brisanje zapisa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="160"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Obriši…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="161"/>
        <source>Erase the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obriši zapis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="163"/>
        <source>Erase %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Brisanje: %1 %2 — %3 (rok za preispitivanje bio je %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="178"/>
        <source>Also erase the %n message(s) that carry this subject</source>
        <extracomment>the confirmation box while it is open (tests press its buttons)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Obriši i %n poruku koja sadrži ovaj subjekt</numerusform>
            <numerusform>Obriši i %n poruke koje sadrže ovaj subjekt</numerusform>
            <numerusform>Obriši i %n poruka koje sadrže ovaj subjekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="194"/>
        <source>Erase subject %1 “%2” and the %n message(s) that carry it?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Obrisati subjekt %1 „%2“ i %n poruku koja ga sadrži?</numerusform>
            <numerusform>Obrisati subjekt %1 „%2“ i %n poruke koje ga sadrže?</numerusform>
            <numerusform>Obrisati subjekt %1 „%2“ i %n poruka koje ga sadrže?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="197"/>
        <source>Erase subject %1 “%2”?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrisati subjekt %1 „%2“?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="200"/>
        <source>This cannot be undone.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovo se ne može poništiti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="203"/>
        <source>Confirm erasure</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda brisanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="209"/>
        <source>Erase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obriši</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="238"/>
        <source>Erased subject %1 and %n message(s). The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Obrisani su subjekt %1 i %n poruka. Brisanje je zabeleženo u revizijskom tragu.</numerusform>
            <numerusform>Obrisani su subjekt %1 i %n poruke. Brisanje je zabeleženo u revizijskom tragu.</numerusform>
            <numerusform>Obrisani su subjekt %1 i %n poruka. Brisanje je zabeleženo u revizijskom tragu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="241"/>
        <source>Erased subject %1. The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt %1 je obrisan. Brisanje je zabeleženo u revizijskom tragu.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Re-enrolment needed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Potrebna je ponovna registracija</translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Otključavanje nije moguće</translation>
    </message>
    <message>
        <source>Not done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Nije izvršeno</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Proverite obrazac</translation>
    </message>
    <message>
        <source>This entry is not valid: {0}. Correct it and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Ovaj unos nije ispravan: {0}. Ispravite ga i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Local cache problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Problem sa lokalnom bazom</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Problem sa sinhronizacijom</translation>
    </message>
    <message>
        <source>File problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Problem sa datotekom</translation>
    </message>
    <message>
        <source>A file could not be read or written ({0}). Check the disk and the folder permissions, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Datoteku nije bilo moguće pročitati ili upisati ({0}). Proverite disk i dozvole za fasciklu, pa pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Došlo je do greške</translation>
    </message>
    <message>
        <source>Liaison hit an unexpected problem and stopped that action. Your data is safe. Try again; if it happens again, contact IT and mention the time ({0}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Liaison je naišao na neočekivan problem i prekinuo tu radnju. Vaši podaci su bezbedni. Pokušajte ponovo; ako se to ponovi, obratite se IT službi i navedite vreme ({0}).</translation>
    </message>
    <message>
        <source>Working offline: your work is kept and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Rad van mreže: Vaš rad je sačuvan i biće poslat pri sledećoj sinhronizaciji.</translation>
    </message>
    <message>
        <source>The hub asked to slow down; Liaison retries by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Čvorište je zatražilo usporavanje; Liaison će sam pokušati ponovo.</translation>
    </message>
    <message>
        <source>This computer must be enrolled again. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Ovaj računar mora ponovo da se registruje. Obratite se IT službi.</translation>
    </message>
    <message>
        <source>The hub&apos;s identity did not match. Do not continue; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Identitet čvorišta se ne podudara. Ne nastavljajte; obratite se IT službi.</translation>
    </message>
    <message>
        <source>The hub refused the request. Contact IT if it persists.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Čvorište je odbilo zahtev. Ako se to ponavlja, obratite se IT službi.</translation>
    </message>
    <message>
        <source>The hub answered something unexpected. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Čvorište je vratilo neočekivan odgovor. Obratite se IT službi.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="76"/>
        <source>Provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka za dodelu pristupa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="77"/>
        <source>Step 1 of 3: the file IT gave you.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korak 1 od 3: datoteka koju Vam je dala IT služba.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="92"/>
        <source>Provisioning file from IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka za dodelu pristupa od IT službe</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="93"/>
        <source>Provisioning files (*.json);;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteke za dodelu pristupa (*.json);;Sve datoteke (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="105"/>
        <source>No file chosen.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije izabrana nijedna datoteka.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="106"/>
        <source>There is no file at this place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Na ovoj lokaciji nema datoteke.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="115"/>
        <source>Not valid: {0} Ask IT for a new file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije važeća: {0} Zatražite novu datoteku od IT službe.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="124"/>
        <source>Valid: signed by your IT provisioning authority; expires {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Važeća: potpisao ju je Vaš IT organ za dodelu pristupa; ističe {0}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="317"/>
        <source>Liaison — First run</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Prvo pokretanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="327"/>
        <source>Open Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvori Liaison</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="237"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivanje</translation>
    </message>
    <message>
        <source>Handling code: {text}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Kod za rukovanje: {text}</translation>
    </message>
    <message>
        <source>No handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Nema koda za rukovanje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="259"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mogu se prosleđivati samo zahtevi i upozorenja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="265"/>
        <source>Allowed: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dozvoljeno: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="266"/>
        <source>Refused: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbijeno: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="291"/>
        <source>May receive this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Može da primi ovu poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="294"/>
        <source>{agency}
— {why}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{agency}
— {why}</translation>
    </message>
    <message>
        <source>{agency} — {why}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">{agency} — {why}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="301"/>
        <source>Your directory lists no agencies yet. Sync (F5) to fetch it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vaš imenik još ne navodi nijednu agenciju. Sinhronizujte (F5) da biste ga preuzeli.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/compose/actions.py" line="304"/>
        <source>%n agency(ies) may receive this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n agencija može da primi ovu poruku</numerusform>
            <numerusform>%n agencije mogu da prime ovu poruku</numerusform>
            <numerusform>%n agencija može da primi ovu poruku</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="320"/>
        <source>tick at least one agency to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>označite najmanje jednu službu kojoj se prosleđuje</translation>
    </message>
</context>
<context>
    <name>ForwardForm</name>
    <message>
        <location filename="../../ui/forward.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvorna poruka</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="20"/>
        <source>Handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="27"/>
        <source>Forwarding decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odluka o prosleđivanju</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="32"/>
        <source>The provider&apos;s &amp;consent to pass this on is recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Saglasnost pružaoca podataka za prosleđivanje je evidentirana</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="33"/>
        <source>Provider&apos;s consent recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Saglasnost pružaoca podataka je evidentirana</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="40"/>
        <source>&amp;Agencies:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Službe:</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="46"/>
        <source>Agencies to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Službe kojima se prosleđuje</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="54"/>
        <source>Problem with agencies to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa službama kojima se prosleđuje</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="59"/>
        <source>&amp;Note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Napomena:</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="66"/>
        <source>Note to the new recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomena za nove primaoce</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="75"/>
        <source>Problem with note to the new recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa napomenom za nove primaoce</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="85"/>
        <source>Problem with the forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa prosleđivanjem</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="98"/>
        <location filename="../../ui/forward.ui" line="100"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="105"/>
        <source>&amp;Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Prosledi</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="107"/>
        <source>Sign and queue forward (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi prosleđivanje u red za slanje (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="108"/>
        <source>Sign and queue forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi prosleđivanje u red za slanje</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="19"/>
        <source>No handling code restricts onward sharing.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nijedan kod za rukovanje ne ograničava dalje deljenje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="20"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission; the provider&apos;s consent is recorded, so it may be forwarded with the handling code unchanged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje H2 kaže da se ne prosleđuje bez dozvole pružaoca podataka; saglasnost pružaoca je evidentirana, pa se može proslediti uz nepromenjen kod za rukovanje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="24"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent; the provider&apos;s consent is recorded, so it may be forwarded with the handling code unchanged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje C nosi uslov pružaoca podataka da se ne prosleđuje bez njegove saglasnosti; saglasnost pružaoca je evidentirana, pa se može proslediti uz nepromenjen kod za rukovanje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="28"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje H2 kaže da se ne prosleđuje bez dozvole pružaoca podataka. Pitajte pružaoca i evidentirajte njegovu saglasnost pre prosleđivanja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="31"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje C nosi uslov pružaoca podataka da se ne prosleđuje bez njegove saglasnosti. Pitajte pružaoca i evidentirajte njegovu saglasnost pre prosleđivanja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="34"/>
        <source>Handling code {code} allows forwarding; its conditions travel with the message and bind the recipient: {conditions}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje {code} dozvoljava prosleđivanje; njegovi uslovi prate poruku i obavezuju primaoca: {conditions}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="37"/>
        <source>Handling code {code} ({meaning}) allows forwarding; the code travels with the message.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje {code} ({meaning}) dozvoljava prosleđivanje; kod prati poruku.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="42"/>
        <source>not until the provider&apos;s consent is recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne dok se ne evidentira saglasnost pružaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="44"/>
        <source>only requests and alerts are forwarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>prosleđuju se samo zahtevi i upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="46"/>
        <source>sent this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>poslala je ovu poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="47"/>
        <source>already received this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>već je primila ovu poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="49"/>
        <source>no enrolled device in your directory yet; sync (F5) to refresh it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>još nema registrovan uređaj u vašem imeniku; sinhronizujte (F5) da ga osvežite</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="51"/>
        <source>Not graded (no handling code)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez ocene (bez koda za rukovanje)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="70"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="73"/>
        <source>Not graded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez ocene</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="120"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izaberite jednu stavku sa liste</translation>
    </message>
</context>
<context>
    <name>Justification</name>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="155"/>
        <source>Justified earlier in this session for case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrazloženo ranije u ovoj sesiji za predmet %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="161"/>
        <source>Could not record the consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uvid nije bilo moguće evidentirati</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="73"/>
        <location filename="../../liaison_app/gui/pages/justification.py" line="74"/>
        <source>Reason for opening personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog za otvaranje podataka o ličnosti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="86"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="87"/>
        <source>Open the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvori zapis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="90"/>
        <source>%1 — case %2 (the reason covers the whole case until you lock)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — predmet %2 (razlog važi za ceo predmet dok ne zaključate profil)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="115"/>
        <source>Give a reason of a few words at least.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite razlog od najmanje nekoliko reči.</translation>
    </message>
</context>
<context>
    <name>JustificationForm</name>
    <message>
        <location filename="../../ui/justification.ui" line="13"/>
        <source>This record holds personal data. Say why you need to open it. Your reason is written to the audit log with the date, time and your name.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj zapis sadrži podatke o ličnosti. Navedite zašto ga otvarate. Vaš razlog se upisuje u revizijski trag zajedno sa datumom, vremenom i Vašim imenom.</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="20"/>
        <source>Record to open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapis koji se otvara</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="25"/>
        <source>&amp;Reason for opening:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog otvaranja:</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="31"/>
        <source>e.g. answering request from RS-BP on case GB-NCA/2026/0042</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. odgovor na zahtev RS-BP u predmetu GB-NCA/2026/0042</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="33"/>
        <source>Reason for opening</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog otvaranja</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="41"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="109"/>
        <source>Keep until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži do novog datuma preispitivanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="111"/>
        <source>&amp;Keep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zadrži</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="112"/>
        <source>Keep the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži zapis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="117"/>
        <source>Keep %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadržavanje: %1 %2 — %3 (rok za preispitivanje bio je %4)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="145"/>
        <source>Kept %1 %2 until %3. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2 zadržan do %3. Vaš razlog je zabeležen u revizijskom tragu.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="18"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="19"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="20"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="21"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="22"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Deljenje predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="23"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opoziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="26"/>
        <source>Draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="27"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu za slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="28"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="42"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="29"/>
        <source>Delivered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Isporučeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="30"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pročitano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="31"/>
        <source>Replied</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovoreno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="32"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="43"/>
        <source>Failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neuspelo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="35"/>
        <source>Routine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Redovno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="36"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="37"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="38"/>
        <source>Immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neodložno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="41"/>
        <source>Waiting to send</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čeka na slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="46"/>
        <source>Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="47"/>
        <source>Dormant</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U mirovanju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="48"/>
        <source>Closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="51"/>
        <source>Migrant smuggling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Krijumčarenje migranata</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="52"/>
        <source>Trafficking in human beings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Trgovina ljudima</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="53"/>
        <source>Document fraud</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Falsifikovanje isprava</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="54"/>
        <source>Other</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drugo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="57"/>
        <source>Damaged or malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oštećeno ili neispravno formirano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="58"/>
        <source>From a newer version of Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iz novije verzije aplikacije Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="59"/>
        <source>Sender signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis pošiljaoca nije važeći</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="60"/>
        <source>Message signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis poruke nije važeći</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="61"/>
        <source>Envelope and message disagree</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnica i poruka se ne podudaraju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="62"/>
        <source>Not addressed to this device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije upućeno ovom uređaju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="63"/>
        <source>Sender not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pošiljalac nije u imeniku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="64"/>
        <source>Sender&apos;s device revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uređaj pošiljaoca je opozvan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="65"/>
        <source>Expired</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Isteklo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="66"/>
        <source>Received twice (replay)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno dvaput (ponovljeno slanje)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="69"/>
        <source>Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otključavanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="70"/>
        <source>Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaključavanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="71"/>
        <source>Consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uvid</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="72"/>
        <source>Created</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kreirano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="73"/>
        <source>Altered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izmenjeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="74"/>
        <source>Disclosed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkriveno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="75"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="76"/>
        <source>Forwarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="77"/>
        <source>Exported</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvezeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="78"/>
        <source>Erased</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrisano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="79"/>
        <source>Policy changed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Politika je izmenjena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="82"/>
        <source>Person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="83"/>
        <source>Organisation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="84"/>
        <source>Vehicle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vozilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="85"/>
        <source>Travel document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Putna isprava</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="86"/>
        <source>Phone or identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Telefon ili identifikator</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="87"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lokacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="88"/>
        <source>Route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="89"/>
        <source>Bank account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bankovni račun</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="90"/>
        <source>Payment card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Platna kartica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="91"/>
        <source>Money transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novčana doznaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="92"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa kripto-imovine</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="93"/>
        <source>Hawala or informal transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Havala ili neformalni prenos</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="94"/>
        <source>Cash</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gotovina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="97"/>
        <source>Active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Aktivan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="98"/>
        <source>Revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opozvan</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="78"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (rok je istekao)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="111"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="266"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="116"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="271"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="118"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="123"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="272"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="125"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="273"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sažetak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="130"/>
        <source>Failed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neuspelo: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="136"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="274"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="137"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="138"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rukovanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="140"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="146"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="154"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="203"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="195"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="196"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="198"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oblast kriminala</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="209"/>
        <source>Seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viđeno u primljenim porukama; lokalna evidencija predmeta još ne postoji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="215"/>
        <source>Messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="218"/>
        <source>Next due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sledeći rok</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="224"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preispitivanje dana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="225"/>
        <source>Updated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ažurirano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="260"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="276"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu za slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="281"/>
        <source>Attempts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pokušaji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="283"/>
        <source>Next attempt</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sledeći pokušaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="287"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="288"/>
        <source>Last error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednja greška</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="104"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="106"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Detail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Pojedinosti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="108"/>
        <source>Envelope</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="109"/>
        <source>Size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Veličina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="110"/>
        <source>%1 bytes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 bajtova</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Br.</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Kada</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Šta</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Ko</translation>
    </message>
    <message>
        <source>Object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Objekat</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Pojedinosti</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="114"/>
        <location filename="../../ui/page_list.ui" line="61"/>
        <source>List</source>
        <extracomment>the model re-reads itself on ctx.data_changed (coalesced, and when shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="118"/>
        <source>Nothing here yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovde još nema ničega.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="128"/>
        <source>Nothing matches the filter. Clear the filter to see everything.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa ne odgovara filteru. Obrišite filter da biste videli sve.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="182"/>
        <source>%1 of %2 shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikazano %1 od %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="187"/>
        <source>%1 items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stavki: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="206"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="254"/>
        <source>Any status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bilo koji status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="207"/>
        <source>Unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nepročitano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="208"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čeka se odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="209"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok je istekao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="211"/>
        <source>Any priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bilo koji prioritet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="212"/>
        <source>Urgent and immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno i neodložno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="217"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="219"/>
        <source>Messages received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljene poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="224"/>
        <source>No alerts. Alerts you raise or receive (lookouts, warnings, spontaneous information) appear here, urgent ones first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema upozorenja. Upozorenja koja podignete ili primite (potrage, upozorenja, spontane informacije) pojavljuju se ovde, hitna prva.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="227"/>
        <source>No messages received yet. Requests, alerts and replies from partner agencies appear here after a sync (F5).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još nema primljenih poruka. Zahtevi, upozorenja i odgovori partnerskih agencija pojavljuju se ovde posle sinhronizacije (F5).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="258"/>
        <source>Reference, title or SIENA/INTERPOL reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj, naziv ili SIENA/INTERPOL broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="262"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="265"/>
        <source>No cases yet. A case appears here when you link a message to a new case reference, or receive a message about one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još nema predmeta. Predmet se pojavljuje ovde kada poruku povežete sa novom oznakom predmeta ili primite poruku o nekom predmetu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="282"/>
        <source>Any state</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bilo koje stanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="289"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odlazne</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="292"/>
        <source>The outbox is empty. What you sign and queue waits here until the hub accepts it, then stays listed as sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odlazne poruke su prazne. Ono što potpišete i stavite u red čeka ovde dok ga čvorište ne prihvati, a zatim ostaje navedeno kao poslato.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="74"/>
        <source>Quarantined envelopes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnice u karantinu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="63"/>
        <source>Show entries of kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži unose vrste</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="66"/>
        <source>&amp;Kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="67"/>
        <source>Every kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sve vrste</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="98"/>
        <source>Audit log</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Revizijski trag</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="13"/>
        <source>&amp;Filter:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="19"/>
        <source>Words in the text, names, numbers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Reči u tekstu, imena, brojevi</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="21"/>
        <source>Filter the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Filtriraj listu</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="26"/>
        <source>&amp;Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="32"/>
        <source>Show status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži status</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="37"/>
        <source>&amp;Priority:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="43"/>
        <source>Show priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="54"/>
        <source>How many items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj stavki</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="74"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>MainContent</name>
    <message>
        <location filename="../../ui/main_window.ui" line="17"/>
        <source>Urgent notification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno obaveštenje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>Open the alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvori upozorenje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="37"/>
        <source>Dismiss</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>Dismiss the notification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori obaveštenje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="48"/>
        <source>Searc&amp;h:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pre&amp;traga:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>Cases, messages and subjects (names, aliases, registrations, documents)  Ctrl+F</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti, poruke i subjekti (imena, pseudonimi, registarske oznake, isprave)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>Search cases, messages and subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pretraži predmete, poruke i subjekte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66"/>
        <source>Navigation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navigacija</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>Choose a list: Inbox, Cases, Alerts, Outbox, Directory, Quarantine, Audit or Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite listu: Primljene, Predmeti, Upozorenja, Odlazne, Imenik, Karantin, Revizijski trag ili Za preispitivanje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="74"/>
        <source>List</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>Detail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="81"/>
        <source>Select a message to read it here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite poruku da biste je ovde pročitali.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="82"/>
        <source>Liaison — {0} ({1})</source>
        <extracomment>the officer asked to lock (reason: &quot;user&quot;)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="186"/>
        <source>&amp;File</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="187"/>
        <source>&amp;Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zaključaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="190"/>
        <source>&amp;Settings…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Podešavanja…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="193"/>
        <source>&amp;Quit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="196"/>
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Poruka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="197"/>
        <source>New &amp;request…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novi &amp;zahtev…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="199"/>
        <source>Raise &amp;alert…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdaj &amp;upozorenje…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="202"/>
        <source>&amp;View</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;rikaz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="203"/>
        <source>&amp;Search</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;retraga</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="205"/>
        <source>Sync &amp;now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sinhronizuj &amp;sada</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="214"/>
        <source>&amp;About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;O aplikaciji Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="225"/>
        <source>This view is not available in this build.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj prikaz nije dostupan u ovoj verziji.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="286"/>
        <source>{0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="289"/>
        <source>{0}: %n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n zapis za preispitivanje</numerusform>
            <numerusform>{0}: %n zapisa za preispitivanje</numerusform>
            <numerusform>{0}: %n zapisa za preispitivanje</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="339"/>
        <source>Not available</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije dostupno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="340"/>
        <source>Composing is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sastavljanje poruka nije dostupno u ovoj verziji. Obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="359"/>
        <source>About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O aplikaciji Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="360"/>
        <source>Liaison {0}
Signed, end-to-end encrypted requests and alerts between liaison officers.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison {0}
Potpisani zahtevi i upozorenja između oficira za vezu, šifrovani od kraja do kraja.</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="59"/>
        <source>Yes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="59"/>
        <source>No</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="78"/>
        <source>Also seen in another record: expand</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viđeno i u drugom zapisu: proširite</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="85"/>
        <source>case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>predmet %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="86"/>
        <source>no case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>bez predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="88"/>
        <source>message from %1, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>poruka od %1, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="92"/>
        <source>Also seen: %1, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viđeno i u: %1, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="106"/>
        <source>Message detail</source>
        <extracomment>a message is on screen (id), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="176"/>
        <source>Cannot show the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruku nije moguće prikazati</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="187"/>
        <source>%1 from %2 (%3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 od %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="239"/>
        <source>%1 — %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="255"/>
        <source>%1 — overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — rok je istekao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="289"/>
        <source>not to be passed on without the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne prosleđivati bez saglasnosti pružaoca podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="334"/>
        <source>Forwarding is not allowed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivanje nije dozvoljeno: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="338"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mogu se prosleđivati samo zahtevi i upozorenja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="358"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="363"/>
        <source>Not available</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije dostupno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="359"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="364"/>
        <source>This action is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova radnja nije dostupna u ovoj verziji. Obratite se IT službi.</translation>
    </message>
</context>
<context>
    <name>MessageDetailForm</name>
    <message>
        <location filename="../../ui/message_detail.ui" line="11"/>
        <source>Select a message and press Enter to read it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite poruku i pritisnite Enter da biste je pročitali.</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="11"/>
        <source>No message shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije prikazana nijedna poruka</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Reply…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Odgovori…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Acknowledge…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Potvrdi prijem…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Acknowledge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Re&amp;call…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opo&amp;zovi…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opoziv</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Forward…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pro&amp;sledi…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivanje</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward with provider&apos;s &amp;consent…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosledi uz &amp;saglasnost pružaoca…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward with the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosledi uz saglasnost pružaoca podataka</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>The handling code forbids passing this on without the provider&apos;s permission. Use this only when the provider has consented; the consent is recorded in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje zabranjuje prosleđivanje bez dozvole pružaoca podataka. Koristite ovo samo ako je pružalac dao saglasnost; saglasnost se evidentira u revizijskom tragu.</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="17"/>
        <source>Why forwarding is not allowed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto prosleđivanje nije dozvoljeno</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="21"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Message title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naslov poruke</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>From:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Od:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>To:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Type:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Priority:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Created:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kreirano:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Created</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kreirano</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Received:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Due:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Case:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Scheme:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šema:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šema ocenjivanja</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Source:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvor:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Source grade and meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena izvora i njeno značenje</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Information:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Informacija:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Information grade and meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena informacije i njeno značenje</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rukovanje</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Handling code and meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje i njegovo značenje</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Conditions:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi rukovanja</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>&amp;Message text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Tekst poruke:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tekst poruke</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci o ličnosti</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prepiska</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Earlier and later messages in this conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ranije i kasnije poruke u ovoj prepisci</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="57"/>
        <source>Routine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Redovno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="58"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="59"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="60"/>
        <source>Immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neodložno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="92"/>
        <source>No partner agency has an enrolled device in your directory yet. Sync when connected to refresh the directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nijedna partnerska služba još nema registrovan uređaj u Vašem imeniku. Sinhronizujte kada uspostavite vezu da biste osvežili imenik.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="137"/>
        <source>{when} local time ({utc} UTC) if queued now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{when} po lokalnom vremenu ({utc} UTC) ako se sada stavi u red za slanje</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="74"/>
        <source>Inbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljene</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="75"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="76"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="77"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odlazne</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="78"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="79"/>
        <source>Quarantine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Karantin</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="80"/>
        <source>Audit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Revizijski trag</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="81"/>
        <source>Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za preispitivanje</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="44"/>
        <source>Immediate alert from {0}</source>
        <extracomment>emitted for every notification shown: (how, title, text); how = &quot;tray&quot; | &quot;banner&quot; the officer clicked the tray message: message id of the newest alert</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neodložno upozorenje od {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="45"/>
        <source>Urgent alert from {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno upozorenje od {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="48"/>
        <source>{0} new urgent alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novih hitnih upozorenja: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="49"/>
        <source>Newest, from {0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Najnovije, od {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="51"/>
        <source>Case {0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../liaison_app/gui/models/paged.py" line="322"/>
        <source>%1 (cannot be sorted)</source>
        <extracomment>rows of the first page read before the rest of it is needed (a few screens) a page was read from the cache (offset, rows): lets tests count queries pages read only in part (number -&gt; rows still to read)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (nije moguće sortirati)</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="139"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pristupna fraza</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="140"/>
        <source>Step 2 of 3: protects the keys on this computer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korak 2 od 3: štiti ključeve na ovom računaru.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="154"/>
        <source>weak</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>slaba</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="154"/>
        <source>fair</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>prihvatljiva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="154"/>
        <source>good</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>dobra</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="154"/>
        <source>strong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>jaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="156"/>
        <source>At least {0} characters; several words are best.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Najmanje {0} znakova; najbolje je nekoliko reči.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="159"/>
        <source>Too short: at least {0} characters.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prekratko: najmanje {0} znakova.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="161"/>
        <source>The two passphrases differ.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dve pristupne fraze se razlikuju.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="163"/>
        <source>Strength: {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jačina: {0}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="165"/>
        <source>Add another word or two to make it stronger.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodajte još jednu ili dve reči da bi bila jača.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="167"/>
        <source>Type it again below.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Unesite je ponovo ispod.</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="68"/>
        <source>Warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="82"/>
        <source>OK</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="88"/>
        <source>Copy details for IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kopiraj podatke za IT</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="92"/>
        <source>Copies the version, the time and where it went wrong (no case data) to the clipboard, to paste into a message to IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kopira verziju, vreme i mesto greške (bez podataka o predmetima) u privremenu memoriju, da ih nalepite u poruku IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="105"/>
        <source>Copied. Paste the details into your message to IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kopirano. Nalepite podatke u svoju poruku IT službi.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/problem_texts.py" line="44"/>
        <source>Wait %n second(s), then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Sačekajte %n sekundu, pa pokušajte ponovo.</numerusform>
            <numerusform>Sačekajte %n sekunde, pa pokušajte ponovo.</numerusform>
            <numerusform>Sačekajte %n sekundi, pa pokušajte ponovo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="48"/>
        <source>Cannot unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otključavanje nije uspelo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="49"/>
        <source>Sync problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa sinhronizacijom</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="50"/>
        <source>Local cache problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa lokalnom bazom</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="54"/>
        <location filename="../../liaison_app/gui/problem_texts.py" line="66"/>
        <source>Re-enrolment needed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potrebna je ponovna registracija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="58"/>
        <source>No profile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema profila</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="62"/>
        <source>Not done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije urađeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="63"/>
        <source>Check the form</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Proverite obrazac</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="64"/>
        <source>Working offline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rad bez veze</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="70"/>
        <source>Set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podesila IT služba</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="71"/>
        <source>File problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa datotekom</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="72"/>
        <source>Something went wrong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nešto nije u redu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="89"/>
        <source>The passphrase is not correct. Check it and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pristupna fraza nije tačna. Proverite je i pokušajte ponovo.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="92"/>
        <source>Too many wrong passphrases.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Previše pogrešnih pristupnih fraza.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="95"/>
        <source>Liaison hit an unexpected problem and stopped that action. Your data is safe. Try again; if it happens again, choose “Copy details for IT” and send them to IT, mentioning the time ({0}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison je naišao na neočekivan problem i prekinuo tu radnju. Vaši podaci su bezbedni. Pokušajte ponovo; ako se ponovi, izaberite „Kopiraj podatke za IT“ i pošaljite ih IT službi, uz navođenje vremena ({0}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/problem_texts.py" line="101"/>
        <source>The hub is busy and asked Liaison to wait %n second(s). Your work is kept; Liaison tries again by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Čvorište je zauzeto i zatražilo je da Liaison sačeka %n sekundu. Vaš rad je sačuvan; Liaison će sam pokušati ponovo.</numerusform>
            <numerusform>Čvorište je zauzeto i zatražilo je da Liaison sačeka %n sekunde. Vaš rad je sačuvan; Liaison će sam pokušati ponovo.</numerusform>
            <numerusform>Čvorište je zauzeto i zatražilo je da Liaison sačeka %n sekundi. Vaš rad je sačuvan; Liaison će sam pokušati ponovo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="109"/>
        <source>This computer&apos;s keystore no longer holds the device secret for this profile (for example the profile was moved or the keystore was reset). Re-enrol or restore from backup; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Skladište ključeva ovog računara više ne sadrži tajnu uređaja za ovaj profil (na primer, profil je premešten ili je skladište ključeva resetovano). Ponovo se registrujte ili vratite rezervnu kopiju; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="113"/>
        <source>No secure keystore is available on this computer and your policy does not allow keeping the keys under the passphrase alone. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Na ovom računaru nema bezbednog skladišta ključeva, a vaša politika ne dozvoljava čuvanje ključeva samo pod pristupnom frazom. Obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="116"/>
        <source>The key file is damaged or has been altered, so it was not used. Restore it from backup or re-enrol; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka sa ključevima je oštećena ili izmenjena, pa nije korišćena. Vratite je iz rezervne kopije ili se ponovo registrujte; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="119"/>
        <source>The keys of this profile could not be opened. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ključeve ovog profila nije bilo moguće otvoriti. Obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="121"/>
        <source>No key file was found for this profile. Enrol this device with the provisioning file from IT, or restore the profile from backup.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za ovaj profil nije pronađena datoteka sa ključevima. Registrujte ovaj uređaj pomoću datoteke za dodelu koju je dala IT služba ili vratite profil iz rezervne kopije.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="124"/>
        <source>The encrypted cache of this profile does not open with its keys. Restore the profile from backup or re-enrol; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifrovana lokalna baza ovog profila ne otvara se njegovim ključevima. Vratite profil iz rezervne kopije ili se ponovo registrujte; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="127"/>
        <source>The cache was written by a newer version of Liaison. Install the current version (ask IT), then open it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lokalnu bazu je napisala novija verzija aplikacije Liaison. Instalirajte aktuelnu verziju (pitajte IT službu), pa je ponovo otvorite.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="130"/>
        <source>The local cache could not do that. Nothing was changed. Try again; if it happens again, contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lokalna baza to nije mogla da uradi. Ništa nije promenjeno. Pokušajte ponovo; ako se ponovi, obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="133"/>
        <source>The hub cannot be reached. Liaison works offline: your work is kept and sent at the next sync. Check the network if this lasts.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište nije dostupno. Liaison radi bez veze: vaš rad je sačuvan i biće poslat pri sledećoj sinhronizaciji. Proverite mrežu ako ovo potraje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="136"/>
        <source>The hub is busy and asked Liaison to slow down. Your work is kept; Liaison tries again by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište je zauzeto i zatražilo je usporavanje. Vaš rad je sačuvan; Liaison će sam pokušati ponovo.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="139"/>
        <source>The hub no longer accepts this computer (it was revoked or is unknown). It must be enrolled again: contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište više ne prihvata ovaj računar (opozvan je ili nepoznat). Mora se ponovo registrovati: obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="142"/>
        <source>The hub&apos;s identity did not match the one IT configured, so nothing was sent. Do not continue on this network; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Identitet čvorišta se ne poklapa sa onim koji je podesila IT služba, pa ništa nije poslato. Ne nastavljajte na ovoj mreži; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="145"/>
        <source>The hub refused the request. Your work is kept. Contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište je odbilo zahtev. Vaš rad je sačuvan. Obratite se IT službi ako se ponavlja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="148"/>
        <source>The hub answered something Liaison cannot accept, so it was not used. Your work is kept. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište je odgovorilo nešto što Liaison ne može da prihvati, pa to nije korišćeno. Vaš rad je sačuvan. Obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="151"/>
        <source>IT has fixed this setting in the policy, so it cannot be changed here. Ask IT if it needs to change.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IT služba je utvrdila ovo podešavanje u politici, pa se ovde ne može menjati. Pitajte IT službu ako treba da se promeni.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="154"/>
        <source>A file could not be read or written. Check that the disk is not full and that the folder can be written, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteku nije bilo moguće pročitati ili upisati. Proverite da disk nije pun i da se u fasciklu može pisati, pa pokušajte ponovo.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="26"/>
        <source>The envelope was damaged or not in Liaison&apos;s format, so it could not be read.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnica je bila oštećena ili nije u formatu aplikacije Liaison, pa nije mogla da se pročita.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="28"/>
        <source>Ask the sender to send it again. If many arrive like this, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zamolite pošiljaoca da je ponovo pošalje. Ako mnogo njih stigne ovako, obavestite IT službu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="32"/>
        <source>It was sent by a newer version of Liaison than this one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslala ju je novija verzija aplikacije Liaison od ove.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="34"/>
        <source>Ask IT to update Liaison on this computer; the sender can then send it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zamolite IT službu da ažurira Liaison na ovom računaru; pošiljalac je zatim može ponovo poslati.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="38"/>
        <source>The sending device&apos;s signature on the envelope does not match: it may have been altered on the way.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis uređaja pošiljaoca na omotnici se ne poklapa: možda je izmenjena usput.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="40"/>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="46"/>
        <source>Do not act on it. Tell IT, and ask the sender by another channel whether they sent something.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne postupajte po njoj. Obavestite IT službu i drugim kanalom pitajte pošiljaoca da li je nešto poslao.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="44"/>
        <source>The officer&apos;s signature on the message does not match: it may have been altered.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis službenika na poruci se ne poklapa: možda je izmenjena.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="50"/>
        <source>The envelope and the message inside it name different senders or recipients.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnica i poruka u njoj navode različite pošiljaoce ili primaoce.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="52"/>
        <source>Do not act on it. Tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne postupajte po njoj. Obavestite IT službu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="55"/>
        <source>It was not addressed to this device, so it cannot be opened here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije bila upućena ovom uređaju, pa se ovde ne može otvoriti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="57"/>
        <source>Nothing to do unless it keeps happening; then tell IT (the directory may be out of date).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne treba ništa da radite osim ako se ponavlja; tada obavestite IT službu (imenik je možda zastareo).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="61"/>
        <source>The sending device is not in your directory, so its signature cannot be checked.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uređaj pošiljaoca nije u vašem imeniku, pa se njegov potpis ne može proveriti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="63"/>
        <source>Sync to refresh the directory. If it stays here, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sinhronizujte da biste osvežili imenik. Ako ostane ovde, obavestite IT službu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="67"/>
        <source>The sending device was revoked (for example a lost laptop), so its messages are not accepted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uređaj pošiljaoca je opozvan (na primer, izgubljen laptop), pa se njegove poruke ne prihvataju.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="69"/>
        <source>Do not act on it. If you expected something from that officer, contact them by another channel.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne postupajte po njoj. Ako ste nešto očekivali od tog službenika, kontaktirajte ga drugim kanalom.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="73"/>
        <source>It arrived after its expiry time.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stigla je posle isteka roka važenja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="74"/>
        <source>Ask the sender to send it again if it is still needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zamolite pošiljaoca da je ponovo pošalje ako je još potrebna.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="78"/>
        <source>The same envelope arrived again after it had been received: a copy, not a new message.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ista omotnica je ponovo stigla pošto je već bila primljena: kopija, a ne nova poruka.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="80"/>
        <source>Nothing to do: the original was received. If many arrive like this, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne treba ništa da radite: original je primljen. Ako mnogo njih stigne ovako, obavestite IT službu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="89"/>
        <source>Liaison refused this envelope.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison je odbio ovu omotnicu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="90"/>
        <source>Tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obavestite IT službu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="51"/>
        <source>Envelopes that failed a check when they arrived. They were not opened or filed as messages, and nothing in them is shown; they are kept for IT to examine.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnice koje nisu prošle proveru kada su stigle. Nisu otvorene niti zavedene kao poruke i ništa iz njih se ne prikazuje; čuvaju se da ih IT služba pregleda.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="60"/>
        <source>Why it was refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto je odbijena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="77"/>
        <source>Nothing is in quarantine. When a received envelope fails a check (damaged, a signature that does not match, a sender not in your directory), it is kept here unopened, with the reason and what to do.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U karantinu nema ničega. Kada primljena omotnica ne prođe proveru (oštećena, potpis koji se ne poklapa, pošiljalac koji nije u vašem imeniku), čuva se ovde neotvorena, sa razlogom i uputstvom šta da uradite.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="85"/>
        <source>Select an envelope to see why it was refused and what to do.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite omotnicu da biste videli zašto je odbijena i šta da uradite.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="94"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="95"/>
        <source>What happened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta se desilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="96"/>
        <source>What to do</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta da uradite</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="97"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="99"/>
        <source>Envelope</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="100"/>
        <source>Technical detail for IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tehnički podatak za IT</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="213"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opoziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="218"/>
        <source>Only a message you sent can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Može se opozvati samo poruka koju ste Vi poslali.</translation>
    </message>
</context>
<context>
    <name>RecallForm</name>
    <message>
        <location filename="../../ui/recall.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvorna poruka</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="19"/>
        <source>Recipients are told without delay that data you sent was incorrect or should not have been sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primaoci se bez odlaganja obaveštavaju da su podaci koje ste poslali netačni ili da nije trebalo da budu poslati.</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="24"/>
        <source>R&amp;ectify: the data was incorrect; corrected data follows</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ispravka: podaci su bili netačni; slede ispravljeni podaci</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="26"/>
        <source>Rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravka</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="31"/>
        <source>&amp;Withdraw: stop using the data and erase it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Povlačenje: prestanite da koristite podatke i obrišite ih</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="32"/>
        <source>Withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Povlačenje</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="39"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="45"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="54"/>
        <source>Problem with reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa razlogom</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="59"/>
        <source>&amp;Corrected data or note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Isp&amp;ravljeni podaci ili napomena:</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="65"/>
        <source>Corrected data or note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravljeni podaci ili napomena</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="74"/>
        <source>Problem with corrected data or note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa ispravljenim podacima ili napomenom</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="84"/>
        <source>Problem with the recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa opozivom</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="97"/>
        <location filename="../../ui/recall.ui" line="99"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="104"/>
        <source>&amp;Sign and queue recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Potpiši i stavi opoziv u red za slanje</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="106"/>
        <source>Sign and queue recall (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi opoziv u red za slanje (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="107"/>
        <source>Sign and queue recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi opoziv u red za slanje</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="142"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="147"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Može se odgovoriti samo na poruku koju ste primili.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="154"/>
        <source>The information requested is given.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tražene informacije su dostavljene.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="155"/>
        <source>Part of it is given; say what is missing and why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dostavljen je deo; navedite šta nedostaje i zašto.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="156"/>
        <source>The request is refused; give the grounds (refusals are recorded, Directive (EU) 2023/977 Art. 16).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev je odbijen; navedite razloge (odbijanja se evidentiraju, Direktiva (EU) 2023/977, član 16).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="158"/>
        <source>More detail is needed before answering; say what is needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pre odgovora su potrebne dodatne pojedinosti; navedite šta je potrebno.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="162"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="163"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Delimično dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="164"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="165"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traženo pojašnjenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="178"/>
        <source>&amp;Reason (required):</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog (obavezno):</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="179"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog:</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <location filename="../../ui/reply.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvorna poruka</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="20"/>
        <source>&amp;Outcome:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ishod:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="26"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="34"/>
        <source>Problem with outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa ishodom</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="41"/>
        <source>Outcome meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Značenje ishoda</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="46"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="52"/>
        <source>Required when refusing or asking for clarification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obavezno pri odbijanju ili traženju pojašnjenja</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="53"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="62"/>
        <source>Problem with reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa razlogom</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="67"/>
        <source>Reply &amp;text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Tekst odgovora:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="73"/>
        <source>Reply text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tekst odgovora</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="82"/>
        <source>Problem with reply text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa tekstom odgovora</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="92"/>
        <source>Problem with the reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa odgovorom</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="105"/>
        <location filename="../../ui/reply.ui" line="107"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="112"/>
        <source>&amp;Sign and queue reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Potpiši i stavi odgovor u red za slanje</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="114"/>
        <source>Sign and queue reply (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi odgovor u red za slanje (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="115"/>
        <source>Sign and queue reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi odgovor u red za slanje</translation>
    </message>
</context>
<context>
    <name>ReviewEraseForm</name>
    <message>
        <location filename="../../ui/review_erase.ui" line="13"/>
        <source>Record to erase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapis koji se briše</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="20"/>
        <source>Erasure removes the record from this computer and cannot be undone. Your reason is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Brisanjem se zapis uklanja sa ovog računara i to se ne može poništiti. Vaš razlog se upisuje u revizijski trag.</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="26"/>
        <source>Also erase the messages that carry this subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obriši i poruke koje sadrže ovaj subjekt</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="31"/>
        <source>&amp;Reason for erasure:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog brisanja:</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="37"/>
        <source>e.g. no longer needed: enquiry closed without charge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. više nije potrebno: istraga je okončana bez podizanja optužnice</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="39"/>
        <source>Reason for erasure</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog brisanja</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="47"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ReviewKeepForm</name>
    <message>
        <location filename="../../ui/review_keep.ui" line="13"/>
        <source>Record to keep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapis koji se zadržava</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="20"/>
        <source>Keep the record only where it is still needed, for example as evidence. It comes back for review on the new date. Your reason is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadržite zapis samo ako je još potreban, na primer kao dokaz. Ponovo će doći na preispitivanje novog datuma. Vaš razlog se upisuje u revizijski trag.</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="27"/>
        <source>Keep &amp;until:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži &amp;do:</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="35"/>
        <source>New review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novi datum preispitivanja</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="40"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="46"/>
        <source>e.g. evidence for proceedings at Belgrade court</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. dokaz u postupku pred sudom u Beogradu</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="48"/>
        <source>Reason for keeping the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog zadržavanja zapisa</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="58"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="79"/>
        <source>Nothing is due for review. Cases and subjects whose review date has come appear here: keep each one longer with a reason, or erase it.</source>
        <extracomment>the list was re-read: how many records are due a decision was made and audited (what was done, in words) refreshed by the shell on ctx.data_changed (when shown, or when next shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa nije za preispitivanje. Ovde se pojavljuju predmeti i subjekti čiji je datum preispitivanja došao: svaki zadržite duže uz razlog ili ga obrišite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="113"/>
        <source>%n record(s) due for review</source>
        <extracomment>the decision dialog while it is open (tests fill it in)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n zapis za preispitivanje</numerusform>
            <numerusform>%n zapisa za preispitivanje</numerusform>
            <numerusform>%n zapisa za preispitivanje</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="114"/>
        <source>Nothing is due for review.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema zapisa za preispitivanje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="120"/>
        <source>Due today</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok je danas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="121"/>
        <source>%n day(s) overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Rok je istekao pre %n dan</numerusform>
            <numerusform>Rok je istekao pre %n dana</numerusform>
            <numerusform>Rok je istekao pre %n dana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="122"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="122"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="166"/>
        <source>A whole case cannot be erased here. Keep it with a reason, or press Enter to open the case and review its subjects and messages.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ceo predmet se ovde ne može obrisati. Zadržite ga uz navođenje razloga ili pritisnite Enter da biste otvorili predmet i preispitali njegove subjekte i poruke.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="180"/>
        <source>No message carries this subject.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nijedna poruka ne sadrži ovaj subjekt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="181"/>
        <source>%n message(s) carry this subject: erasing it means erasing them too.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n poruka sadrži ovaj subjekt: njegovo brisanje znači i brisanje te poruke.</numerusform>
            <numerusform>%n poruke sadrže ovaj subjekt: njegovo brisanje znači i brisanje tih poruka.</numerusform>
            <numerusform>%n poruka sadrži ovaj subjekt: njegovo brisanje znači i brisanje tih poruka.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="11"/>
        <source>Records due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapisi za preispitivanje</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="19"/>
        <source>Personal data is reviewed when its review date comes. Keep a record until a new review date, or erase it. Each decision is written to the audit log with your reason.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci o ličnosti se preispituju kada dospe datum preispitivanja. Zadržite zapis do novog datuma preispitivanja ili ga obrišite. Svaka odluka se upisuje u revizijski trag zajedno sa Vašim razlogom.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="27"/>
        <source>How many records are due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj zapisa za preispitivanje</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="37"/>
        <source>&amp;Keep until…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zadrži do…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="38"/>
        <source>Keep the selected record until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži izabrani zapis do novog datuma preispitivanja</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="44"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Obriši…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="45"/>
        <source>Erase the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obriši izabrani zapis</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="53"/>
        <source>Records due for review, oldest review date first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapisi za preispitivanje, najpre oni sa najstarijim datumom</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="58"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="59"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="60"/>
        <source>Label</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oznaka</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="61"/>
        <source>Review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum preispitivanja</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="62"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok je istekao</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="69"/>
        <source>About the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O izabranom zapisu</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="76"/>
        <source>Last decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednja odluka</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="84"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../../ui/page_search.ui" line="7"/>
        <source>What the search found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rezultati pretrage</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="12"/>
        <source>Search results: cases, messages and subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rezultati pretrage: predmeti, poruke i subjekti</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="14"/>
        <source>Found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pronađeno</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="15"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="20"/>
        <source>Subject details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti o subjektu</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="21"/>
        <source>Press Enter on a subject to see its details.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pritisnite Enter na subjektu da biste videli pojedinosti.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="54"/>
        <source>Search results</source>
        <extracomment>a subject&apos;s details are on screen (its ref)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rezultati pretrage</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="89"/>
        <source>Search failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pretraga nije uspela</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="93"/>
        <source>Cases (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="96"/>
        <source>%1 messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="98"/>
        <source>Messages (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="103"/>
        <source>Subjects (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="106"/>
        <source>personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>podaci o ličnosti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="129"/>
        <source>Nothing found for “%1”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa nije pronađeno za „%1“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="132"/>
        <source>“%1”: %2 cases, %3 messages, %4 subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„%1“: predmeta %2, poruka %3, subjekata %4</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="184"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovoriti se može samo na poruku koju ste primili.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="185"/>
        <source>Only a message you received can be acknowledged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrditi se može samo prijem poruke koju ste primili.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="186"/>
        <source>Only a message you sent can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opozvati se može samo poruka koju ste poslali.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="187"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivati se mogu samo zahtevi i upozorenja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="188"/>
        <source>Give a reason for opening this record (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite razlog za otvaranje ovog zapisa (bar nekoliko reči).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="190"/>
        <source>This device is not enrolled yet, so there is no directory of recipients. Connect and finish enrolment first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj uređaj još nije registrovan, pa nema imenika primalaca. Najpre se povežite i završite registraciju.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="193"/>
        <source>There is no message {message_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu nema poruke {message_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="194"/>
        <source>A Liaison profile already exists at {path}. Open it, or choose another profile directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Profil aplikacije Liaison već postoji u {path}. Otvorite ga ili izaberite drugu fasciklu za profil.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="196"/>
        <source>The hub did not list this device as active after enrolment. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište posle registracije nije navelo ovaj uređaj kao aktivan. Obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="198"/>
        <source>The hub answered with a directory that does not verify ({problem}). Do not use this hub; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište je odgovorilo imenikom koji ne prolazi proveru ({problem}). Ne koristite ovo čvorište; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="200"/>
        <source>No key file was found for this profile. Enrol this device or restore from backup; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za ovaj profil nije pronađena datoteka sa ključevima. Registrujte ovaj uređaj ili vratite rezervnu kopiju; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="202"/>
        <source>{count} message(s) still carry this subject. Erase those messages together with it, or keep the subject longer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj poruka koje još nose ovaj subjekt: {count}. Obrišite te poruke zajedno sa njim ili zadržite subjekt duže.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="205"/>
        <source>Give the reason for this retention decision (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite razlog za ovu odluku o čuvanju (bar nekoliko reči).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="207"/>
        <source>The new review date must be in the future.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novi datum preispitivanja mora biti u budućnosti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="208"/>
        <source>There is no subject {subject_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu nema subjekta {subject_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="209"/>
        <source>Only a case or a subject has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum preispitivanja imaju samo predmet ili subjekt.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="210"/>
        <source>There is no Liaison profile at {path}. Enrol first with the provisioning file from IT (liaison enrol).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U {path} nema profila aplikacije Liaison. Najpre se registrujte pomoću datoteke za dodelu od IT službe (liaison enrol).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="212"/>
        <source>This profile is incomplete (no provisioning data). Enrol again with the provisioning file from IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj profil je nepotpun (nema podataka o dodeli). Ponovo se registrujte pomoću datoteke za dodelu od IT službe.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="214"/>
        <source>There is no case {case_ref} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu nema predmeta {case_ref}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="215"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje H2 kaže da se ne prosleđuje bez dozvole pružaoca podataka. Pitajte pružaoca i evidentirajte njegovu saglasnost pre prosleđivanja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="218"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje C nosi uslov pružaoca podataka da se ne prosleđuje bez njegove saglasnosti. Pitajte pružaoca i evidentirajte njegovu saglasnost pre prosleđivanja.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jezik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="44"/>
        <source>Theme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="45"/>
        <source>High contrast</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Visok kontrast</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="46"/>
        <source>Text size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Veličina teksta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="47"/>
        <source>Hub address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa čvorišta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="48"/>
        <source>Hub CA certificate file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka CA sertifikata čvorišta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="49"/>
        <source>Lock after idle minutes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaključaj posle minuta neaktivnosti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="50"/>
        <source>Keep records for days</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čuvaj zapise dana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="51"/>
        <source>Passphrase-only storage allowed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dozvoljeno čuvanje samo pod pristupnom frazom</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="53"/>
        <source>Update channel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kanal ažuriranja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="54"/>
        <source>Check for updates</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Proveravaj ažuriranja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="58"/>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="63"/>
        <source>Follow the system</source>
        <extracomment>language setting -&gt; how it is offered (each language in its own name)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prema sistemu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="64"/>
        <source>Light</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svetla</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="65"/>
        <source>Dark</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tamna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="88"/>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="89"/>
        <source>Locked by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaključala IT služba</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="103"/>
        <source>Settings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="118"/>
        <source>Display</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="119"/>
        <source>Work</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="130"/>
        <source>The policy file from IT has problems; show this to IT:
{0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka politike od IT službe ima problema; pokažite ovo IT službi:
{0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="137"/>
        <source>&amp;Save</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="138"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="157"/>
        <source>Set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podesila IT služba</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="158"/>
        <source>Locked at a safe value: the policy file from IT is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaključano na bezbednoj vrednosti: datoteka politike od IT službe je neispravna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="205"/>
        <source>The new language is used from the next time you unlock Liaison.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novi jezik se koristi od sledećeg otključavanja aplikacije Liaison.</translation>
    </message>
    <message>
        <source>set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">podesila IT služba</translation>
    </message>
    <message>
        <source>locked at a safe value: the policy file is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">zaključano na bezbednoj vrednosti: datoteka politike je neispravna</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings.ui" line="12"/>
        <source>Settings marked with a lock are set by IT (the system policy or your provisioning file) and cannot be changed here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podešavanja označena katancem podesila je IT služba (sistemska politika ili Vaša datoteka za dodelu pristupa) i ovde se ne mogu menjati.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="19"/>
        <source>Problems with the policy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problemi sa politikom</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="29"/>
        <source>Error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Greška</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../liaison_app/gui/app.py" line="166"/>
        <source>Locked after {0} minutes without activity.</source>
        <extracomment>a session was opened (the main window is showing) the session was closed by a lock (reason) the language setting the translations were installed for (None: not by the shell) test hook: when set, the idle limit used instead of the policy&apos;s minutes</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaključano posle {0} minuta neaktivnosti.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="42"/>
        <source>Sync progress</source>
        <extracomment>the officer clicked the &quot;due for review&quot; prompt</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tok sinhronizacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="46"/>
        <location filename="../../liaison_app/gui/status_bar.py" line="49"/>
        <source>Sync now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sinhronizuj sada</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="48"/>
        <source>Send queued items and fetch new ones (F5)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pošalji stavke iz reda za slanje i preuzmi nove (F5)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="56"/>
        <source>Open the records due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvori zapise za preispitivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="74"/>
        <source>Checking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="75"/>
        <source>Queued: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu za slanje: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="76"/>
        <source>Last sync: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednja sinhronizacija: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="81"/>
        <source>Re-enrolment needed: contact IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potrebna je ponovna registracija: obratite se IT službi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="83"/>
        <source>Online</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Na mreži</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="85"/>
        <source>Offline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Van mreže</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="86"/>
        <source>Queued: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu za slanje: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="88"/>
        <source> (failed: {0})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> (neuspelo: {0})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="90"/>
        <source>Last sync: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednja sinhronizacija: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="100"/>
        <source>%n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n zapis za preispitivanje</numerusform>
            <numerusform>%n zapisa za preispitivanje</numerusform>
            <numerusform>%n zapisa za preispitivanje</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="108"/>
        <source>Not enrolled yet: will enrol when the hub is reachable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još nije registrovano: registracija kada čvorište bude dostupno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="113"/>
        <source>This computer is now enrolled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj računar je sada registrovan.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="128"/>
        <source>never</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nikada</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="143"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="143"/>
        <source>Sending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="144"/>
        <source>Receiving</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prijem</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="144"/>
        <source>Done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Završeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="151"/>
        <source>{0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="161"/>
        <source>Synced: sent {0}, received {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sinhronizovano: poslato {0}, primljeno {1}</translation>
    </message>
</context>
<context>
    <name>Subject</name>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="19"/>
        <source>{value}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{value}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="20"/>
        <source>{name} (b. {born})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} (rođ. {born})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="21"/>
        <source>alias {alias}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>pseudonim {alias}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="22"/>
        <source>(b. {born})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(rođ. {born})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="23"/>
        <source>({country})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>({country})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="24"/>
        <source>({holder})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>({holder})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="25"/>
        <source>({service})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>({service})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="26"/>
        <source>({location})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>({location})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="27"/>
        <source>[border crossing]</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>[granični prelaz]</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="28"/>
        <source>{name}: {route}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name}: {route}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="29"/>
        <source>{kind}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="30"/>
        <source>[{status}]</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>[{status}]</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="31"/>
        <source>(number unknown)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(broj nepoznat)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="32"/>
        <source>IBAN {iban}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN {iban}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="33"/>
        <source>Account {country} {number}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Račun {country} {number}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="34"/>
        <source>/ {bank_code}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>/ {bank_code}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="35"/>
        <source>Card ending {last_four}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kartica sa završetkom {last_four}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="36"/>
        <source>Transfer {details}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prenos {details}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="37"/>
        <source>{network} {address}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{network} {address}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="38"/>
        <source>Hawala {who}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Havala {who}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="39"/>
        <source>, {money}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>, {money}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="40"/>
        <source>Cash {money}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gotovina {money}</translation>
    </message>
</context>
<context>
    <name>SubjectBankAccountForm</name>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="11"/>
        <source>&amp;IBAN:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="17"/>
        <source>e.g. GB82 WEST 1234 5698 7654 32 (spaces and small letters are fine)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. GB82 WEST 1234 5698 7654 32 (razmaci i mala slova su u redu)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="18"/>
        <source>IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="26"/>
        <source>Problem with IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa IBAN-om</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="31"/>
        <source>National &amp;account number:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacionalni broj &amp;računa:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="37"/>
        <source>Only where there is no IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Samo kada nema IBAN-a</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="38"/>
        <source>National account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacionalni broj računa</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="46"/>
        <source>Problem with national account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa nacionalnim brojem računa</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="51"/>
        <source>Bank &amp;code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifra &amp;banke:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="57"/>
        <source>Sort code, routing or bank number (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sort code, routing ili broj banke (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="58"/>
        <source>Bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifra banke</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="66"/>
        <source>Problem with bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa šifrom banke</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="71"/>
        <source>BIC / S&amp;WIFT:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC / S&amp;WIFT:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="77"/>
        <source>e.g. DEUTDEFF or DEUTDEFF500 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. DEUTDEFF ili DEUTDEFF500 (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="78"/>
        <source>BIC or SWIFT code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC ili SWIFT kod</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="86"/>
        <source>Problem with BIC or SWIFT code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa BIC ili SWIFT kodom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="91"/>
        <source>&amp;Holder:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Vlasnik:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="97"/>
        <source>Name on the account (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime na računu (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="98"/>
        <source>Account holder</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vlasnik računa</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="106"/>
        <source>Problem with account holder</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa vlasnikom računa</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="111"/>
        <source>Ba&amp;nk:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ba&amp;nka:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="117"/>
        <source>Name of the bank (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv banke (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="118"/>
        <source>Bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv banke</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="126"/>
        <source>Problem with bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa nazivom banke</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="131"/>
        <source>C&amp;ountry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="137"/>
        <source>ISO code, e.g. RS; needed without an IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO kod, npr. RS; potreban bez IBAN-a</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="138"/>
        <source>Country of the account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država računa</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="146"/>
        <source>Problem with country of the account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa državom računa</translation>
    </message>
</context>
<context>
    <name>SubjectCardForm</name>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="11"/>
        <source>&amp;Last four digits:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Poslednje četiri cifre:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="17"/>
        <source>e.g. 4242 (never the full card number)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. 4242 (nikada ceo broj kartice)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="18"/>
        <source>Last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednje četiri cifre kartice</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="26"/>
        <source>Problem with last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa poslednjim četirima ciframa kartice</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="31"/>
        <source>&amp;Issuer:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izdavalac:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="37"/>
        <source>Issuing bank or card scheme (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Banka izdavalac ili kartična šema (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="38"/>
        <source>Card issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdavalac kartice</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="46"/>
        <source>Problem with card issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa izdavaocem kartice</translation>
    </message>
</context>
<context>
    <name>SubjectCashForm</name>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="11"/>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Iznos:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="17"/>
        <source>e.g. 48500</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. 48500</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="18"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iznos</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="26"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa iznosom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="31"/>
        <source>C&amp;urrency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="37"/>
        <source>ISO 4217 code, e.g. EUR</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO 4217 kod, npr. EUR</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="38"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="46"/>
        <source>Problem with currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa valutom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="51"/>
        <source>&amp;Where found or carried:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Gde je pronađena ili nošena:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="57"/>
        <source>e.g. Horgoš, spare wheel of the lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. Horgoš, rezervni točak kamiona</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="58"/>
        <source>Where found or carried</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gde je pronađena ili nošena</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="66"/>
        <source>Problem with where found or carried</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa mestom pronalaska ili nošenja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="71"/>
        <source>C&amp;ourier:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Kurir:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="77"/>
        <source>Courier (a person in this message)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kurir (lice iz ove poruke)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="85"/>
        <source>Problem with courier (a person in this message)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa kurirom (lice iz ove poruke)</translation>
    </message>
</context>
<context>
    <name>SubjectCommsForm</name>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="11"/>
        <source>Identifier &amp;kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Vrsta identifikatora:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="17"/>
        <source>Identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta identifikatora</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="25"/>
        <source>Problem with identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa vrstom identifikatora</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="30"/>
        <source>&amp;Value:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>V&amp;rednost:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="36"/>
        <source>e.g. +381641234567</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. +381641234567</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="37"/>
        <source>Identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Identifikator</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="45"/>
        <source>Problem with identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa identifikatorom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="50"/>
        <source>S&amp;ervice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Servis:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="56"/>
        <source>Where it was seen, e.g. WhatsApp (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gde je uočen, npr. WhatsApp (neobavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="57"/>
        <source>Service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Servis</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="65"/>
        <source>Problem with service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa servisom</translation>
    </message>
</context>
<context>
    <name>SubjectCryptoForm</name>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="11"/>
        <source>&amp;Network:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Mreža:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="17"/>
        <source>Network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mreža</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="25"/>
        <source>Problem with network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa mrežom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="30"/>
        <source>Network &amp;name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Naziv mreže:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="36"/>
        <source>Only for another network, e.g. Monero</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Samo za drugu mrežu, npr. Monero</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="37"/>
        <source>Name of the other network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv druge mreže</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="45"/>
        <source>Problem with name of the other network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa nazivom druge mreže</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="50"/>
        <source>&amp;Address:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="56"/>
        <source>Paste the address exactly as seen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nalepite adresu tačno kako je viđena</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="57"/>
        <source>Address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="65"/>
        <source>Problem with address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa adresom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="70"/>
        <source>A&amp;sset:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>K&amp;riptovaluta:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="76"/>
        <source>Coin or token, e.g. BTC, USDT (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novčić ili token, npr. BTC, USDT (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="77"/>
        <source>Asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kriptovaluta</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="85"/>
        <source>Problem with asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa kriptovalutom</translation>
    </message>
</context>
<context>
    <name>SubjectDocumentForm</name>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="11"/>
        <source>Document &amp;type:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Vrsta isprave:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="17"/>
        <source>Document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta isprave</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="25"/>
        <source>Problem with document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa vrstom isprave</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="30"/>
        <source>N&amp;umber:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Broj:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="36"/>
        <source>Document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj isprave</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="44"/>
        <source>Problem with document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa brojem isprave</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="49"/>
        <source>&amp;Issuing country:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Država izdavanja:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="55"/>
        <source>ISO or ICAO code, e.g. BGR</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO ili ICAO kod, npr. BGR</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="56"/>
        <source>Issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država izdavanja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="64"/>
        <source>Problem with issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa državom izdavanja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="69"/>
        <source>Issued o&amp;n:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izdata:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="75"/>
        <location filename="../../ui/subject_editor_document.ui" line="95"/>
        <source>YYYY-MM-DD; empty if unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>GGGG-MM-DD; prazno ako nije poznato</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="76"/>
        <source>Issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum izdavanja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="84"/>
        <source>Problem with issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa datumom izdavanja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="89"/>
        <source>E&amp;xpires on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ist&amp;iče:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="96"/>
        <source>Expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum isteka</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="104"/>
        <source>Problem with expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa datumom isteka</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="109"/>
        <source>&amp;Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="115"/>
        <source>Document status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status isprave</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="123"/>
        <source>Problem with document status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa statusom isprave</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="70"/>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="73"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="71"/>
        <source>Fact</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Činjenica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="72"/>
        <source>Assessment (a personal judgement)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Procena (lični sud)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="114"/>
        <source>{kind} (incomplete)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} (nepotpuno)</translation>
    </message>
</context>
<context>
    <name>SubjectEditorForm</name>
    <message>
        <location filename="../../ui/subject_editor.ui" line="12"/>
        <source>Subject kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta subjekta</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="25"/>
        <source>Data-subject &amp;category:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Kategorija lica na koje se podaci odnose:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="31"/>
        <source>Data-subject category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kategorija lica na koje se podaci odnose</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="39"/>
        <source>Problem with data-subject category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa kategorijom lica na koje se podaci odnose</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="44"/>
        <source>&amp;Basis:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Osnova:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="50"/>
        <source>Fact or assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Činjenica ili procena</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="58"/>
        <source>Problem with fact or assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa izborom činjenica ili procena</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="65"/>
        <source>Facts are kept apart from personal assessments: record each as what it is.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Činjenice se drže odvojeno od ličnih procena: svaki podatak evidentirajte kao ono što jeste.</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="66"/>
        <source>About fact and assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O činjenicama i procenama</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="71"/>
        <source>N&amp;otes:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Na&amp;pomene:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="77"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomene</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="86"/>
        <source>Problem with notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa napomenama</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="96"/>
        <source>Problem with this subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa ovim subjektom</translation>
    </message>
</context>
<context>
    <name>SubjectHawalaForm</name>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="11"/>
        <source>Bro&amp;ker:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Posrednik:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="17"/>
        <source>Name or nickname of the broker</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime ili nadimak posrednika</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="18"/>
        <source>Broker&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime posrednika</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="26"/>
        <source>Problem with broker&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa imenom posrednika</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="31"/>
        <source>&amp;Location:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Lokacija:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="37"/>
        <source>Where the broker works, e.g. Istanbul, Aksaray</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gde posrednik radi, npr. Istanbul, Aksaray</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="38"/>
        <source>Broker&apos;s location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lokacija posrednika</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="46"/>
        <source>Problem with broker&apos;s location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa lokacijom posrednika</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="51"/>
        <source>&amp;Phone:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="57"/>
        <source>e.g. +905321234567 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. +905321234567 (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="58"/>
        <source>Broker&apos;s phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Telefon posrednika</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="66"/>
        <source>Problem with broker&apos;s phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa telefonom posrednika</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="71"/>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Iznos:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="77"/>
        <source>e.g. 6000 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. 6000 (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="78"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iznos</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="86"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa iznosom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="91"/>
        <source>C&amp;urrency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="97"/>
        <source>ISO 4217 code, e.g. USD, EUR</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO 4217 kod, npr. USD, EUR</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="98"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="106"/>
        <source>Problem with currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa valutom</translation>
    </message>
</context>
<context>
    <name>SubjectKinds</name>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="63"/>
        <source>must be a number of degrees, e.g. 44.8176</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti broj stepeni, npr. 44.8176</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="67"/>
        <source>must be between -{n} and {n} degrees</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti između -{n} i {n} stepeni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="74"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="98"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="161"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="217"/>
        <source>Unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="99"/>
        <source>Female</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ženski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="100"/>
        <source>Male</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Muški</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="101"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="131"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="154"/>
        <source>Other</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drugo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="126"/>
        <source>Lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kamion</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="127"/>
        <source>Van</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kombi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="128"/>
        <source>Car</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Putnički automobil</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="129"/>
        <source>Bus</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Autobus</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="130"/>
        <source>Boat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Plovilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="150"/>
        <source>Passport</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pasoš</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="151"/>
        <source>Identity card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lična karta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="152"/>
        <source>Visa</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viza</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="153"/>
        <source>Residence permit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dozvola boravka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="162"/>
        <source>Genuine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="164"/>
        <source>False (forged or counterfeit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lažna (preinačena ili falsifikovana)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="167"/>
        <source>Stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukradena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="168"/>
        <source>Stolen blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukradeni blanko obrazac</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="189"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj telefona</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="190"/>
        <source>IMEI</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="191"/>
        <source>E-mail address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa e-pošte</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="192"/>
        <source>Messaging handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korisničko ime u aplikaciji za poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="218"/>
        <source>Road</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drumski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="219"/>
        <source>Rail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Železnički</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="220"/>
        <source>Sea</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pomorski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="221"/>
        <source>River</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rečni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="222"/>
        <source>Air</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vazdušni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="223"/>
        <source>On foot</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pešice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="224"/>
        <source>Mixed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kombinovani</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="246"/>
        <source>Person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="253"/>
        <source>Organisation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="260"/>
        <source>Vehicle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vozilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="267"/>
        <source>Travel document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Putna isprava</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="274"/>
        <source>Phone or other identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Telefon ili drugi identifikator</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="281"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lokacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="288"/>
        <source>Route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="101"/>
        <source>None known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije poznat</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="117"/>
        <source>Bank account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bankovni račun</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="119"/>
        <source>Payment card (last four digits)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Platna kartica (poslednje četiri cifre)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="122"/>
        <source>Money transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novčana doznaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="124"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa kripto-imovine</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="127"/>
        <source>Hawala or other informal transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Havala ili drugi neformalni prenos</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="130"/>
        <source>Cash</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gotovina</translation>
    </message>
</context>
<context>
    <name>SubjectLocationForm</name>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="17"/>
        <source>Place name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv mesta</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="25"/>
        <source>Problem with place name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa nazivom mesta</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="30"/>
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="36"/>
        <source>ISO code, e.g. BG</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO kod, npr. BG</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="37"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="45"/>
        <source>Problem with country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa državom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="50"/>
        <source>This is a &amp;border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovo je &amp;granični prelaz</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="51"/>
        <source>Border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Granični prelaz</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="56"/>
        <source>&amp;Latitude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Geografska &amp;širina:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="62"/>
        <source>Degrees, e.g. 41.7314 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stepeni, npr. 41.7314 (neobavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="63"/>
        <source>Latitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Geografska širina</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="71"/>
        <source>Problem with latitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa geografskom širinom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="76"/>
        <source>L&amp;ongitude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Geografska &amp;dužina:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="82"/>
        <source>Degrees, e.g. 26.3270 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stepeni, npr. 26.3270 (neobavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="83"/>
        <source>Longitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Geografska dužina</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="91"/>
        <source>Problem with longitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa geografskom dužinom</translation>
    </message>
</context>
<context>
    <name>SubjectOrganisationForm</name>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="17"/>
        <source>Organisation name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv organizacije</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="25"/>
        <source>Problem with organisation name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa nazivom organizacije</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="30"/>
        <source>A&amp;liases:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pseudonimi:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="36"/>
        <source>One alias per line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jedan pseudonim po redu</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="39"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pseudonimi</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="48"/>
        <source>Problem with aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa pseudonimima</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="53"/>
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="59"/>
        <source>ISO code, e.g. RS</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO kod, npr. RS</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="60"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="68"/>
        <source>Problem with country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa državom</translation>
    </message>
</context>
<context>
    <name>SubjectPersonForm</name>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="11"/>
        <source>&amp;Surname:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Prezime:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="17"/>
        <source>Surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prezime</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="25"/>
        <source>Problem with surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa prezimenom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="30"/>
        <source>&amp;Given names:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="36"/>
        <source>Given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="44"/>
        <source>Problem with given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa imenom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="49"/>
        <source>A&amp;liases:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pseudonimi:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="55"/>
        <source>One alias per line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jedan pseudonim po redu</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="58"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pseudonimi</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="67"/>
        <source>Problem with aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa pseudonimima</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="72"/>
        <source>&amp;Date of birth:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Datum rođenja:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="78"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>GGGG, GGGG-MM ili GGGG-MM-DD; prazno ako nije poznato</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="79"/>
        <source>Date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="87"/>
        <source>Problem with date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa datumom rođenja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="92"/>
        <source>&amp;Place of birth:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Mesto rođenja:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="98"/>
        <source>Place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mesto rođenja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="106"/>
        <source>Problem with place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa mestom rođenja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="111"/>
        <source>Nationalit&amp;ies:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Državljanst&amp;va:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="117"/>
        <source>ISO codes separated by commas, e.g. RS, GB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO kodovi odvojeni zarezima, npr. RS, GB</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="118"/>
        <source>Nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Državljanstva</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="126"/>
        <source>Problem with nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa državljanstvima</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="131"/>
        <source>Se&amp;x:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;ol:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="137"/>
        <source>Sex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pol</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="145"/>
        <source>Problem with sex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa polom</translation>
    </message>
</context>
<context>
    <name>SubjectRouteForm</name>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="17"/>
        <source>Optional, e.g. Western Balkans route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neobavezno, npr. zapadnobalkanska ruta</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="18"/>
        <source>Route name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv rute</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="26"/>
        <source>Problem with route name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa nazivom rute</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="31"/>
        <source>&amp;Mode:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Način:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="37"/>
        <source>How the route is travelled</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Način kretanja rutom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="45"/>
        <source>Problem with how the route is travelled</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa načinom kretanja rutom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="50"/>
        <source>&amp;Waypoints:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Usputne tačke:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="56"/>
        <source>One place per line, in order (at least two)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jedno mesto po redu, redom (najmanje dva)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="57"/>
        <source>Waypoints</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Usputne tačke</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="66"/>
        <source>Problem with waypoints</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa usputnim tačkama</translation>
    </message>
</context>
<context>
    <name>SubjectTransferForm</name>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="11"/>
        <source>&amp;Provider:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pružalac usluge:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="17"/>
        <source>e.g. Western Union, MoneyGram, Ria</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. Western Union, MoneyGram, Ria</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="18"/>
        <source>Money-transfer provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pružalac usluge prenosa novca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="26"/>
        <source>Problem with money-transfer provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa pružaocem usluge prenosa novca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="31"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Referenca:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="37"/>
        <source>e.g. the 10-digit MTCN (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. MTCN od 10 cifara (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="38"/>
        <source>Transfer reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referenca doznake</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="46"/>
        <source>Problem with transfer reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa referencom doznake</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="51"/>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Iznos:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="57"/>
        <source>e.g. 2500 or 2500.50 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. 2500 ili 2500.50 (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="58"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iznos</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="66"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa iznosom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="71"/>
        <source>C&amp;urrency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="77"/>
        <source>ISO 4217 code, e.g. EUR, GBP, RSD</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO 4217 kod, npr. EUR, GBP, RSD</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="78"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="86"/>
        <source>Problem with currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa valutom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="91"/>
        <source>&amp;Date sent:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Datum slanja:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="97"/>
        <source>YYYY-MM-DD (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>GGGG-MM-DD (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="98"/>
        <source>Date sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum slanja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="106"/>
        <source>Problem with date sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa datumom slanja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="111"/>
        <source>&amp;Sender:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;ošiljalac:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="117"/>
        <source>Sender&apos;s name (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime pošiljaoca (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="118"/>
        <source>Sender&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="126"/>
        <source>Problem with sender&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa imenom pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="131"/>
        <source>Sender&apos;s c&amp;ountry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Država pošiljaoca:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="137"/>
        <source>ISO code, e.g. DE (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO kod, npr. DE (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="138"/>
        <source>Sender&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="146"/>
        <source>Problem with sender&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa državom pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="151"/>
        <source>Rec&amp;eiver:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;rimalac:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="157"/>
        <source>Receiver&apos;s name (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime primaoca (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="158"/>
        <source>Receiver&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime primaoca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="166"/>
        <source>Problem with receiver&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa imenom primaoca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="171"/>
        <source>Receiver&apos;s cou&amp;ntry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država pri&amp;maoca:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="177"/>
        <source>ISO code, e.g. RS (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO kod, npr. RS (nije obavezno)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="178"/>
        <source>Receiver&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država primaoca</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="186"/>
        <source>Problem with receiver&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa državom primaoca</translation>
    </message>
</context>
<context>
    <name>SubjectVehicleForm</name>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="11"/>
        <source>&amp;Vehicle kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Vrsta vozila:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="17"/>
        <source>Vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta vozila</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="25"/>
        <source>Problem with vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa vrstom vozila</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="30"/>
        <source>&amp;Registration:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Registarska oznaka:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="36"/>
        <source>As on the plate, e.g. SU 123-AB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kao na tablici, npr. SU 123-AB</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="37"/>
        <source>Registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registarska oznaka</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="45"/>
        <source>Problem with registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa registarskom oznakom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="50"/>
        <source>Registration co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Država registracije:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="56"/>
        <source>ISO code, e.g. RS</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO kod, npr. RS</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="57"/>
        <source>Registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država registracije</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="65"/>
        <source>Problem with registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa državom registracije</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="70"/>
        <source>VIN or &amp;hull id:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN ili &amp;broj trupa:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="76"/>
        <source>VIN or hull id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN ili broj trupa</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="84"/>
        <source>Problem with vin or hull id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa VIN-om ili brojem trupa</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="89"/>
        <source>&amp;Make:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Marka:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="95"/>
        <source>Make</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="103"/>
        <source>Problem with make</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa markom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="108"/>
        <source>Mode&amp;l:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mode&amp;l:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="114"/>
        <source>Model</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="122"/>
        <source>Problem with model</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa modelom</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="127"/>
        <source>Colou&amp;r:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Boja:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="133"/>
        <source>Colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Boja</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="141"/>
        <source>Problem with colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa bojom</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.ui" line="19"/>
        <source>Unlock Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otključaj Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="33"/>
        <source>Security warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bezbednosno upozorenje</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="38"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pristupna fraza:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="45"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pristupna fraza</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="52"/>
        <source>Unlock error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Greška pri otključavanju</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="70"/>
        <source>&amp;Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Otključaj</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="72"/>
        <source>Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otključavanje</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="34"/>
        <source>Liaison — Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Otključavanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="46"/>
        <source>Profile: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Profil: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="69"/>
        <source>This computer keeps the keys under your passphrase only (no secure OS keystore). Anyone who copies the profile can try to guess it: use a long passphrase and tell IT if this computer is shared.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj računar čuva ključeve zaštićene samo Vašom pristupnom frazom (bez bezbednog skladišta ključeva operativnog sistema). Svako ko kopira profil može pokušati da je pogodi: koristite dugu pristupnu frazu i obavestite IT službu ako ovaj računar koristi više osoba.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="86"/>
        <source>Type your passphrase.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Unesite pristupnu frazu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="91"/>
        <source>Unlocking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otključavanje…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="136"/>
        <source>You can try again now.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sada možete pokušati ponovo.</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="59"/>
        <source>must not be empty</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne sme biti prazno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="60"/>
        <source>must not be blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne sme biti samo razmak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="49"/>
        <source>has leading or trailing whitespace</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ima razmak na početku ili na kraju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="19"/>
        <source>is not a setting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije podešavanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="20"/>
        <source>must be an https:// URL with a host name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti https:// adresa sa imenom računara</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="21"/>
        <source>must be an absolute file path</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti apsolutna putanja do datoteke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="22"/>
        <source>must be lowercase letters, digits and &apos;-&apos;</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora sadržati mala slova, cifre i &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="24"/>
        <source>write the IBAN in capitals without spaces</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite IBAN velikim slovima bez razmaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="25"/>
        <source>an IBAN is a country code, two check digits and up to 30 letters and digits (e.g. GB82WEST12345698765432)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN čine kod države, dve kontrolne cifre i do 30 slova i cifara (npr. GB82WEST12345698765432)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="28"/>
        <source>{country} does not use IBANs; give the national account number and bank code instead</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{country} ne koristi IBAN; upišite nacionalni broj računa i šifru banke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="30"/>
        <source>an IBAN from {country} has {length} characters; this one has {given}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN iz {country} ima {length} znakova; ovaj ima {given}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="32"/>
        <source>the check digits do not match: a character is wrong or two are swapped</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>kontrolne cifre se ne slažu: jedan znak je pogrešan ili su dva zamenjena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="34"/>
        <source>a BIC (SWIFT code) is 8 or 11 capital letters and digits, e.g. DEUTDEFF or DEUTDEFF500</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC (SWIFT kod) ima 8 ili 11 velikih slova i cifara, npr. DEUTDEFF ili DEUTDEFF500</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="37"/>
        <source>must be a string</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti tekst</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="38"/>
        <source>must be 1-{limit} ASCII letters and digits, with / . _ - inside (e.g. GB-NCA/2026/0042)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora imati 1-{limit} ASCII slova i cifara, sa / . _ - unutar (npr. GB-NCA/2026/0042)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="40"/>
        <source>must be a tuple</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti niz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="41"/>
        <source>holds more than {limit} references</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži više od {limit} oznaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="42"/>
        <source>holds the same reference twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži istu oznaku dva puta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="43"/>
        <source>is before the case was opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>je pre otvaranja predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="44"/>
        <source>must be an ExternalRef</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti spoljna oznaka (ExternalRef)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="45"/>
        <source>must be an array</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti lista</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="47"/>
        <source>must be one of: {choices}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti jedno od: {choices}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="50"/>
        <source>must be true or false</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti tačno ili netačno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="51"/>
        <source>must be an integer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti ceo broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="52"/>
        <source>must be between {minimum} and {maximum}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti između {minimum} i {maximum}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="53"/>
        <source>must be a tuple of strings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti niz tekstova</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="54"/>
        <source>must hold at least {minimum} item(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora sadržati najmanje {minimum} stavki</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="55"/>
        <source>holds {given} items; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži {given} stavki; ograničenje je {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="56"/>
        <source>holds the same entry twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži istu stavku dva puta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="57"/>
        <source>must be an object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti objekat</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="58"/>
        <source>is far too long</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>je previše dugačko</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="61"/>
        <source>contains a control character ({char})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži kontrolni znak ({char})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="62"/>
        <source>contains a bidirectional control character ({char})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži dvosmerni kontrolni znak ({char})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="64"/>
        <source>is not a known field</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije poznato polje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="65"/>
        <source>is missing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nedostaje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="67"/>
        <source>{code} is not an ISO 3166 country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{code} nije ISO 3166 kod zemlje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="68"/>
        <source>must be an ISO 3166 country code like RS or SRB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti ISO 3166 kod zemlje, npr. RS ili SRB</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="69"/>
        <source>{code} is not an ISO 3166 country code (the United Kingdom is GB or GBR)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{code} nije ISO 3166 kod zemlje (Ujedinjeno Kraljevstvo je GB ili GBR)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="90"/>
        <source>may hold only letters, digits, spaces and . / -</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sme da sadrži samo slova, cifre, razmake i . / -</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="91"/>
        <source>give the IBAN, or the national account number with its bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite IBAN ili nacionalni broj računa sa šifrom banke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="93"/>
        <source>the IBAN is from {iban_country}, not {country}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN je iz {iban_country}, a ne iz {country}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="94"/>
        <source>give the country of a national account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite državu nacionalnog broja računa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="101"/>
        <source>grading is {grading} but handling is {handling}; one message uses one scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>procena je {grading}, a rukovanje {handling}; jedna poruka koristi jednu šemu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="103"/>
        <source>the conditions after the second &apos;:&apos; are empty</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>uslovi posle druge &apos;:&apos; su prazni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="104"/>
        <source>must be one of {choices} in {scheme}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti jedno od {choices} u šemi {scheme}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="105"/>
        <source>handling code {code} needs conditions text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>kod za rukovanje {code} zahteva tekst uslova</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="106"/>
        <source>only handling code {code} carries conditions text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>samo kod za rukovanje {code} nosi tekst uslova</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="107"/>
        <source>may be set only with UK handling code C (Europol H2 already forbids it)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>može se postaviti samo uz britanski kod za rukovanje C (Europol H2 to već zabranjuje)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="110"/>
        <source>must be an aware datetime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti datum i vreme sa vremenskom zonom</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="111"/>
        <source>must be a message id (lowercase UUIDv7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti oznaka poruke (UUIDv7 malim slovima)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="112"/>
        <source>may hold only ASCII letters, digits and / . _ -</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sme sadržati samo ASCII slova, cifre i / . _ -</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="113"/>
        <source>must be an InterpolNotice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti INTERPOL-ova poternica (InterpolNotice)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="114"/>
        <source>must be a tuple of message ids</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti niz oznaka poruka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="115"/>
        <source>names a message twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>navodi poruku dva puta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="116"/>
        <source>must be a Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti predmet (Case)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="125"/>
        <source>holds what looks like a full card number; record only the last four digits and the issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži nešto što liči na ceo broj kartice; upišite samo poslednje četiri cifre i izdavaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="131"/>
        <source>must be 32 lowercase base32 characters (a-z, 2-7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora imati 32 mala base32 znaka (a-z, 2-7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="132"/>
        <source>officer {officer_id} does not belong to agency {agency_id}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>službenik {officer_id} ne pripada agenciji {agency_id}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="134"/>
        <source>must be an agency id like GB-NCA: two capital letters, &apos;-&apos;, capitals and digits, at most 64 characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti oznaka agencije kao GB-NCA: dva velika slova, &apos;-&apos;, velika slova i cifre, najviše 64 znaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="137"/>
        <source>must be an officer id like gb-nca.lo-belgrade: the agency id in lower case, &apos;.&apos;, then lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, at most 64 characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti oznaka službenika kao gb-nca.lo-belgrade: oznaka agencije malim slovima, &apos;.&apos;, zatim mala slova, cifre, &apos;-&apos; ili &apos;_&apos;, najviše 64 znaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="142"/>
        <source>must be YYYY, YYYY-MM or YYYY-MM-DD (or empty if unknown)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti YYYY, YYYY-MM ili YYYY-MM-DD (ili prazno ako je nepoznato)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="144"/>
        <source>is before 1880</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>je pre 1880.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="145"/>
        <source>an e-mail address holds at most {limit} characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>adresa e-pošte ima najviše {limit} znakova</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="146"/>
        <source>must be an e-mail address like name@example.org</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti adresa e-pošte kao name@example.org</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="147"/>
        <source>an e-mail address holds no spaces</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>adresa e-pošte ne sadrži razmake</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="148"/>
        <source>the part after &apos;@&apos; must be a domain like example.org</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>deo posle &apos;@&apos; mora biti domen kao example.org</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="150"/>
        <source>is not a real date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije stvaran datum</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="151"/>
        <source>may hold only letters, digits and {allowed}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sme sadržati samo slova, cifre i {allowed}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="152"/>
        <source>a person needs a surname, given names or an alias</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>za osobu je potrebno prezime, ime ili pseudonim</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="153"/>
        <source>names the same country twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>navodi istu zemlju dva puta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="154"/>
        <source>is before issued_on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>je pre datuma izdavanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="155"/>
        <source>give both latitude and longitude, or neither</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>navedite i geografsku širinu i dužinu, ili nijednu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="156"/>
        <source>a hull id is 12-17 capital letters and digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>oznaka trupa ima 12-17 velikih slova i cifara</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="157"/>
        <source>a VIN is 17 capital letters (not I, O or Q) and digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN ima 17 velikih slova (bez I, O i Q) i cifara</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="159"/>
        <source>an IMEI is 15 digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IMEI ima 15 cifara</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="160"/>
        <source>this IMEI fails its check digit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ovaj IMEI ne prolazi proveru kontrolne cifre</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="162"/>
        <source>holds {given} subjects; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži {given} subjekata; ograničenje je {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="164"/>
        <source>must be a datetime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti datum i vreme</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="165"/>
        <source>must carry a time zone (naive datetimes are refused)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora imati vremensku zonu (vreme bez zone se odbija)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="167"/>
        <source>must be whole seconds (the wire carries no fractions)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti u celim sekundama (prenos ne nosi delove sekunde)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="169"/>
        <source>must be an RFC 3339 UTC time like 2026-11-23T03:45:00Z</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti UTC vreme po RFC 3339, npr. 2026-11-23T03:45:00Z</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="171"/>
        <source>must be a date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti datum</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="172"/>
        <source>must be a date like 2026-11-23</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti datum kao 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="173"/>
        <source>is not a real date and time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije stvaran datum i vreme</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="175"/>
        <source>choose at least one recipient agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izaberite bar jednu agenciju primaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="176"/>
        <source>agency {agency} is not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>agencija {agency} nije u imeniku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="177"/>
        <source>agency {agency} has no enrolled device in your directory yet; sync to refresh the directory, then send again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>agencija {agency} još nema registrovan uređaj u vašem imeniku; sinhronizujte da biste osvežili imenik, pa pošaljite ponovo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="180"/>
        <source>device {device_id} is not active in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>uređaj {device_id} nije aktivan u imeniku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="95"/>
        <source>give only the last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite samo poslednje četiri cifre kartice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="118"/>
        <source>give the currency (ISO 4217 code, e.g. EUR, GBP, RSD)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite valutu (ISO 4217 kod, npr. EUR, GBP, RSD)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="120"/>
        <source>is not an ISO 4217 currency code (e.g. EUR, GBP, RSD)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije ISO 4217 kod valute (npr. EUR, GBP, RSD)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="127"/>
        <source>give the amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite iznos</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="122"/>
        <source>write the amount with digits and a decimal point only, e.g. 2500 or 2500.50</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite iznos samo ciframa i decimalnom tačkom, npr. 2500 ili 2500.50</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="124"/>
        <source>is too large</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>je prevelik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="128"/>
        <source>{currency} has {places} decimal places; this amount has {given}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{currency} ima {places} decimalna mesta; ovaj iznos ima {given}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="81"/>
        <source>give the address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite adresu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="48"/>
        <source>holds {given} characters; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ima {given} znakova; ograničenje je {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="82"/>
        <source>an address holds no spaces or special characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>adresa ne sadrži razmake ni posebne znakove</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="72"/>
        <source>an Ethereum-style address is 0x and 40 hexadecimal digits (0-9, a-f)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>adresa tipa Ethereum je 0x i 40 heksadecimalnih cifara (0-9, a-f)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="74"/>
        <source>the mix of capital and small letters does not match the address&apos;s EIP-55 checksum: a character is wrong; copy the address again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>raspored velikih i malih slova ne odgovara EIP-55 kontrolnom zbiru adrese: jedan znak je pogrešan; ponovo kopirajte adresu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="77"/>
        <source>the address&apos;s Base58Check checksum does not match: a character is wrong (capitals and small letters count)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Base58Check kontrolni zbir adrese se ne slaže: jedan znak je pogrešan (velika i mala slova se razlikuju)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="80"/>
        <source>is not a {network} address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije adresa mreže {network}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="83"/>
        <source>write a Bech32 address in small letters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite Bech32 adresu malim slovima</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="84"/>
        <source>the Bech32 checksum does not match: a character is wrong or missing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bech32 kontrolni zbir se ne slaže: jedan znak je pogrešan ili nedostaje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="96"/>
        <source>is only for a network not in the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>koristi se samo za mrežu koja nije na listi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="97"/>
        <source>a phone number is &apos;+&apos;, country code and number, digits only (E.164, e.g. +381641234567)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>broj telefona čine &apos;+&apos;, pozivni broj države i broj, samo cifre (E.164, npr. +381641234567)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="99"/>
        <source>give the broker&apos;s name, location or phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>upišite ime, lokaciju ili telefon posrednika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="87"/>
        <source>must be the position of a person among this message&apos;s subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti redni broj lica među subjektima ove poruke</translation>
    </message>
</context>
<context>
    <name>WizardEnrolForm</name>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="9"/>
        <source>Enrolment step</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korak registracije</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="16"/>
        <source>Enrolment progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tok registracije</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="23"/>
        <source>Enrolment result</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rezultat registracije</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="31"/>
        <source>&amp;Try again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pokušaj ponovo</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="37"/>
        <source>&amp;Enrol when connected</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Registruj pri uspostavljanju veze</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="38"/>
        <source>Keep the prepared profile and enrol automatically when the hub can be reached</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži pripremljeni profil i registruj se automatski kada čvorište bude dostupno</translation>
    </message>
</context>
<context>
    <name>WizardFileForm</name>
    <message>
        <location filename="../../ui/wizard_file.ui" line="8"/>
        <source>IT gave you a provisioning file (for example provisioning.json). It says which agency and officer this computer will speak for, and which hub it uses.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IT služba Vam je dala datoteku za dodelu pristupa (na primer provisioning.json). U njoj piše u ime koje službe i kog službenika ovaj računar nastupa i koje čvorište koristi.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="16"/>
        <source>Provisioning &amp;file:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Datoteka za dodelu pristupa:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="22"/>
        <source>Provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka za dodelu pristupa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="27"/>
        <source>&amp;Browse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pregledaj…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="28"/>
        <source>Choose the provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite datoteku za dodelu pristupa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="35"/>
        <source>This file enrols</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova datoteka registruje</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="37"/>
        <source>Agency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Služba:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="38"/>
        <location filename="../../ui/wizard_file.ui" line="40"/>
        <location filename="../../ui/wizard_file.ui" line="42"/>
        <location filename="../../ui/wizard_file.ui" line="44"/>
        <location filename="../../ui/wizard_file.ui" line="46"/>
        <source>—</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="39"/>
        <source>Officer:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Službenik:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="41"/>
        <source>Hub:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="43"/>
        <source>Signature:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="45"/>
        <source>Profile folder:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Fascikla profila:</translation>
    </message>
</context>
<context>
    <name>WizardPassphraseForm</name>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="8"/>
        <source>Choose a passphrase. It protects this computer&apos;s keys and the encrypted cache. Several unrelated words are easy to remember and hard to guess. Nobody, not even IT, can recover it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite pristupnu frazu. Ona štiti ključeve ovog računara i šifrovanu lokalnu bazu. Nekoliko nepovezanih reči lako se pamti, a teško pogađa. Niko, pa ni IT služba, ne može da je povrati.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="14"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pristupna fraza:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="15"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pristupna fraza</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="16"/>
        <source>&amp;Again:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ponovo:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="17"/>
        <source>Passphrase again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ponovljena pristupna fraza</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="18"/>
        <source>Strength:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jačina:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="19"/>
        <source>Passphrase strength</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jačina pristupne fraze</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="25"/>
        <source>Passphrase hint</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Savet za pristupnu frazu</translation>
    </message>
</context>
<context>
    <name>_DecisionDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="80"/>
        <source>case</source>
        <extracomment>what was done, in words, once accepted (the page shows it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="80"/>
        <source>subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>subjekt</translation>
    </message>
</context>
</TS>
