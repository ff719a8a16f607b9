<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS" sourcelanguage="en_GB">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="308"/>
        <source>Acknowledge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="313"/>
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
        <translation>Postupanje: po poruci &amp;se postupa</translation>
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
        <translation>Potpiši &amp;i stavi potvrdu u red za slanje</translation>
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
        <location filename="../../liaison_app/gui/compose/actions.py" line="159"/>
        <source>The draft could not be saved: %1</source>
        <extracomment>the draft kind this dialog is kept as (&quot;&quot; for none: an acknowledgement has no text)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrt nije mogao da se sačuva: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="182"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="182"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="183"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="183"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="184"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opoziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="185"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Deljenje predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="188"/>
        <source>from {agency} ({officer})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>od {agency} ({officer})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="192"/>
        <source>to {agencies}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>za {agencies}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="192"/>
        <source>single officers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>pojedinačni službenici</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="193"/>
        <source>{kind} {who}, {when}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="195"/>
        <source> — case {ref}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> — predmet {ref}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="224"/>
        <source>It could not be queued ({error}). It is still here and kept as a draft; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije bilo moguće staviti u red za slanje ({error}). I dalje je ovde i čuva se kao nacrt; pokušajte ponovo, a ako se problem ponavlja, obratite se IT službi.</translation>
    </message>
    <message>
        <source>It could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Nije bilo moguće staviti u red za slanje ({error}). Ništa nije sačuvano; pokušajte ponovo, a ako se problem ponavlja, obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="476"/>
        <source>No handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema koda za rukovanje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="477"/>
        <source>Handling code: {code}: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje: {code}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="480"/>
        <source>Conditions: {conditions}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi: {conditions}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="483"/>
        <source>Not to be passed on without the provider&apos;s consent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne prosleđivati bez saglasnosti pružaoca podataka.</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="78"/>
        <source>Immediate alert from %1</source>
        <extracomment>the officer chose Open: message id of the alert to show</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neodložno upozorenje od %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="79"/>
        <source>Urgent alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno upozorenje od %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="86"/>
        <source>case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>predmet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/alert_banner.py" line="82"/>
        <source>+%n more</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>+%n još</numerusform>
            <numerusform>+%n još</numerusform>
            <numerusform>+%n još</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="192"/>
        <source>Lookout: watch for and report these subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potraga: pratite i prijavite ove subjekte</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="193"/>
        <source>Spontaneous information: shared without a request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Spontano dostavljena informacija: podeljena bez zahteva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="195"/>
        <source>Warning: a threat or imminent crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje na opasnost: pretnja ili predstojeći prelazak granice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="196"/>
        <source>No INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez INTERPOL poternice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="211"/>
        <source>No INTERPOL notice is referred to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne upućuje se ni na jednu INTERPOL poternicu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="214"/>
        <source>Notice asks for: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poternica traži: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="230"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izaberite jednu stavku sa liste</translation>
    </message>
</context>
<context>
    <name>AttachmentExportForm</name>
    <message>
        <location filename="../../ui/attachment_export.ui" line="11"/>
        <source>What is being saved</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta se čuva</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="16"/>
        <source>&amp;Why does this file leave Liaison? (recorded in the audit log as an export)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zašto ova datoteka napušta Liaison? (beleži se u revizijskom dnevniku kao izvoz)</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="23"/>
        <source>Reason for saving the file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog za čuvanje datoteke</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="24"/>
        <source>e.g. evidence bundle for case RS/UK 2026-14</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. paket dokaza za predmet RS/UK 2026-14</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="13"/>
        <source>JPEG photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>JPEG fotografija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="14"/>
        <source>PNG image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PNG slika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="15"/>
        <source>GIF image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>GIF slika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="16"/>
        <source>TIFF scan</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>TIFF sken</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="17"/>
        <source>WebP image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>WebP slika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="18"/>
        <source>Bitmap image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bitmap slika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="19"/>
        <source>HEIC photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>HEIC fotografija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="20"/>
        <source>HEIF photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>HEIF fotografija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="21"/>
        <source>AVIF image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>AVIF slika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="22"/>
        <source>PDF document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PDF dokument</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="23"/>
        <source>Text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>AttachmentSize</name>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="47"/>
        <source>%n byte(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajta</numerusform>
            <numerusform>%n bajtova</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="107"/>
        <source>Attach files</source>
        <extracomment>the list changed (count for the tab title) a file could not be attached: plain words</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Priloži datoteke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="122"/>
        <source>%1 is not a file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 nije datoteka.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="127"/>
        <source>A message carries at most %1 attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka nosi najviše %1 priloga.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="145"/>
        <source>The clipboard holds no image or file to attach.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ostavi nema slike ni datoteke za prilaganje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="200"/>
        <source>sent as taken (original kept)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>šalje se kako je snimljena (original zadržan)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="202"/>
        <source>will be removed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>biće uklonjeni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="204"/>
        <source>none found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nisu pronađeni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="206"/>
        <source>cannot be checked in this format: sent as it is</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne mogu se proveriti u ovom formatu: šalje se kakva jeste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="244"/>
        <source>%n attachment(s), %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n prilog, %1</numerusform>
            <numerusform>%n priloga, %1</numerusform>
            <numerusform>%n priloga, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="246"/>
        <source>No attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema priloga.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="128"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="129"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilozi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="189"/>
        <source>uploaded; kept here encrypted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>otpremljeno; ovde se čuva šifrovano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="190"/>
        <source>encrypted here; uploaded at the next sync</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>šifrovano ovde; otprema se pri sledećoj sinhronizaciji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="192"/>
        <source>at the hub: Download to fetch it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>na čvorištu: Preuzmi da biste ga dobili</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="193"/>
        <source>downloading…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>preuzima se…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="194"/>
        <source>here, encrypted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ovde, šifrovano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="195"/>
        <source>refused: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>odbijeno: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="225"/>
        <source>Location data was removed from this photo before it was sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci o lokaciji su uklonjeni sa ove fotografije pre slanja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="228"/>
        <source>This attachment was refused and nothing of it was kept: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj prilog je odbijen i ništa od njega nije sačuvano: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="274"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="279"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="288"/>
        <source>Cannot show the image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Slika ne može da se prikaže</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="280"/>
        <source>%1 is not an image this computer can display; use Save as….</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 nije slika koju ovaj računar može da prikaže; koristite Sačuvaj kao….</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="299"/>
        <source>Cannot download</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preuzimanje nije moguće</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="316"/>
        <source>Save attachment as</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvaj prilog kao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="333"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="343"/>
        <source>Not saved</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije sačuvano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="338"/>
        <source>Saved to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvano u %1 (zabeleženo u revizijskom dnevniku).</translation>
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
        <location filename="../../liaison_app/gui/pages/audit.py" line="138"/>
        <source>Time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vreme</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="60"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="139"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="61"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="140"/>
        <source>Officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Službenik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="62"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="142"/>
        <source>Object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="63"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="143"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="84"/>
        <source>Details of the selected entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti izabranog unosa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="104"/>
        <source>The audit log is empty. Every unlock and lock, every message created, disclosed or received, every record opened with a justification, erased or kept longer is recorded here, signed and chained.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Revizijski trag je prazan. Ovde se beleži, potpisano i povezano u lanac, svako otključavanje i zaključavanje, svaka poruka sastavljena, otkrivena ili primljena, svaki zapis otvoren uz obrazloženje, obrisan ili zadržan duže.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="110"/>
        <source>No entries of this kind. Choose “Every kind” to see the whole log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema unosa ove vrste. Izaberite „Sve vrste“ da biste videli ceo trag.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="128"/>
        <source>Select an entry to see all it records.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite unos da biste videli sve što beleži.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="137"/>
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
    <name>Carrier</name>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="14"/>
        <source>This file is not a Liaison bundle, or it is damaged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova datoteka nije Liaison paket ili je oštećena.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="16"/>
        <source>This bundle was made by a newer version of Liaison. Ask IT to update this laptop.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je napravila novija verzija aplikacije Liaison. Zatražite od IT službe da ažurira ovaj laptop.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="19"/>
        <source>This bundle is not addressed to you: it is for another officer or agency (or it is damaged).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket nije upućen Vama: namenjen je drugom službeniku ili službi (ili je oštećen).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="22"/>
        <source>This bundle is damaged or was altered. Ask the sender for a new copy.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je oštećen ili izmenjen. Zatražite od pošiljaoca novu kopiju.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="24"/>
        <source>This bundle is incomplete (cut short while copying?). Copy it again from the medium.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je nepotpun (prekinut tokom kopiranja?). Ponovo ga kopirajte sa medija.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="27"/>
        <source>This bundle comes from a device your directory does not know. Sync once to refresh the directory, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket potiče sa uređaja koji Vaš imenik ne poznaje. Sinhronizujte jednom da biste osvežili imenik, pa pokušajte ponovo.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="30"/>
        <source>This bundle&apos;s signature does not verify: it is forged or altered. Do not use it and report it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis ovog paketa nije ispravan: paket je falsifikovan ili izmenjen. Ne koristite ga i prijavite to.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="33"/>
        <source>This bundle comes from a device that has been revoked (lost or stolen?). It is refused; report it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket potiče sa uređaja koji je opozvan (izgubljen ili ukraden?). Odbijen je; prijavite to.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="36"/>
        <source>This bundle has expired. Ask the sender for a new one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovom paketu je istekao rok. Zatražite od pošiljaoca novi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="38"/>
        <source>This bundle says it was made in the future. Check this laptop&apos;s date and time.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prema ovom paketu, napravljen je u budućnosti. Proverite datum i vreme na ovom laptopu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="41"/>
        <source>This bundle is for someone else. You may carry it: relay it to the hub from a connected device.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je namenjen nekom drugom. Možete ga preneti: prosledite ga čvorištu sa uređaja koji je povezan na mrežu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="44"/>
        <source>This bundle&apos;s contents are not what its sender signed. It is refused; ask for a new copy.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sadržaj ovog paketa nije ono što je pošiljalac potpisao. Odbijen je; zatražite novu kopiju.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="49"/>
        <source>Sealing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pečaćenje…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="50"/>
        <source>Writing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upisivanje…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="51"/>
        <source>Reading back…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera upisanog…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="52"/>
        <source>Checking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="53"/>
        <source>Storing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čuvanje…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="54"/>
        <source>Relaying…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivanje…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="72"/>
        <source>{0} Nothing was stored.
({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} Ništa nije sačuvano.
({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="82"/>
        <source>{0} bytes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} bajtova</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="84"/>
        <source>{0} KB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="86"/>
        <source>{0} MB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="87"/>
        <source>{0} GB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} GB</translation>
    </message>
</context>
<context>
    <name>CarrierExportForm</name>
    <message>
        <location filename="../../ui/carrier_export.ui" line="11"/>
        <source>Writes what is queued for the chosen recipients into one sealed file that a colleague or the pouch can carry. Only the recipients&apos; devices (and, to relay it from a connected device, your agency&apos;s colleagues) can open it; a lost file shows nothing, not even who writes to whom.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upisuje ono što čeka u redu za slanje za izabrane primaoce u jednu zapečaćenu datoteku koju može da ponese kolega ili službena pošta. Mogu je otvoriti samo uređaji primalaca (i, radi prosleđivanja sa uređaja povezanog na mrežu, kolege iz Vaše službe); izgubljena datoteka ne otkriva ništa, čak ni ko kome piše.</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="16"/>
        <source>&amp;For (tick agencies or single officers):</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Za (označite službe ili pojedinačne službenike):</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="22"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primaoci</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="25"/>
        <source>Recipient</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primalac</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="32"/>
        <source>&amp;File:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="40"/>
        <source>Bundle file to write</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka paketa koja se upisuje</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="41"/>
        <source>e.g. on the USB stick</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. na USB memoriji</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="46"/>
        <source>C&amp;hoose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izaberi…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="47"/>
        <source>Choose where to write the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite gde da se upiše paket</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="54"/>
        <source>E&amp;xpires after:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ističe nakon:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="60"/>
        <source>Days until the bundle expires</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj dana do isteka paketa</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="70"/>
        <source>What goes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta se šalje</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="77"/>
        <source>Summary of the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sažetak paketa</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="87"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napredak</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="95"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="105"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="110"/>
        <source>&amp;Export</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izvezi</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="111"/>
        <source>Write the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upiši paket</translation>
    </message>
</context>
<context>
    <name>CarrierImportForm</name>
    <message>
        <location filename="../../ui/carrier_import.ui" line="11"/>
        <source>Imports a bundle a carrier brought. It is checked whole before anything is stored: a damaged, expired or misaddressed bundle, or one from a revoked device, is refused.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uvozi paket koji je doneo kurir. Ceo se proverava pre nego što se bilo šta sačuva: oštećen paket, paket kome je istekao rok, pogrešno adresiran paket ili paket sa opozvanog uređaja se odbija.</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="18"/>
        <source>&amp;File:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="26"/>
        <source>Bundle file to import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka paketa koja se uvozi</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="31"/>
        <source>C&amp;hoose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izaberi…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="32"/>
        <source>Choose the bundle file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite datoteku paketa</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="41"/>
        <source>Bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="48"/>
        <source>Summary of the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sažetak paketa</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="57"/>
        <source>Also write the &amp;acknowledgement bundle to carry back</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upiši i paket sa &amp;potvrdom prijema koji se nosi nazad</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="59"/>
        <source>Write an acknowledgement bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upiši paket sa potvrdom prijema</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="64"/>
        <source>Acknowledgement bundle file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka paketa sa potvrdom prijema</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="70"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napredak</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="78"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="88"/>
        <source>Close</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="93"/>
        <source>&amp;Relay to the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Prosledi čvorištu</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="95"/>
        <source>Push the carried messages to the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pošalji donete poruke čvorištu</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="100"/>
        <source>&amp;Import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="102"/>
        <source>Import the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uvezi paket</translation>
    </message>
</context>
<context>
    <name>CaseExternalRefForm</name>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="11"/>
        <source>The same matter&apos;s reference in another system, written as that system writes it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referenca istog predmeta u drugom sistemu, napisana kako je taj sistem piše.</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="16"/>
        <source>&amp;System:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Sistem:</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="17"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="18"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Referenca:</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="19"/>
        <source>e.g. SIENA-2026-000123</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. SIENA-2026-000123</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="19"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="27"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeForm</name>
    <message>
        <location filename="../../ui/case_outcome.ui" line="11"/>
        <source>What came of the joint action on this case. The working group&apos;s monitoring report counts it on its date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta je proisteklo iz zajedničke akcije na ovom predmetu. Izveštaj radne grupe o praćenju računa ga na njegov datum.</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="16"/>
        <source>&amp;Outcome:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>I&amp;shod:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="17"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="18"/>
        <source>&amp;Date:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="19"/>
        <source>yyyy-MM-dd</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="19"/>
        <source>Date it happened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum kada se dogodilo</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="20"/>
        <source>&amp;How many:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Koliko:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="21"/>
        <source>How many persons, vehicles or documents</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Koliko lica, vozila ili dokumenata</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="22"/>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Iznos:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="25"/>
        <source>e.g. 12500.50</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. 12500.50</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="25"/>
        <source>Amount seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oduzeti iznos</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="26"/>
        <source>Currency (ISO 4217)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Valuta (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="29"/>
        <source>&amp;Note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Napomena:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="30"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomena</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="30"/>
        <source>Where, who acted, reference of the arrest or seizure record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gde, ko je postupao, broj zapisnika o hapšenju ili oduzimanju</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="38"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
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
        <location filename="../../liaison_app/gui/pages/case_view.py" line="60"/>
        <source>Case</source>
        <extracomment>a case is on screen (ref), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="125"/>
        <source>Cannot show the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet nije moguće prikazati</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="135"/>
        <source>Case %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="168"/>
        <source>seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>viđeno u primljenim porukama; lokalna evidencija predmeta još ne postoji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="191"/>
        <source>%1 of %2 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 od %2 poruka (najstarije prvo)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="194"/>
        <source>%1 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka: %1 (najstarije prvo)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="200"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="200"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="208"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (rok je istekao)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="234"/>
        <source>Case review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preispitivanje predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="236"/>
        <source>Reply owed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dugujemo odgovor: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="237"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok je istekao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="237"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="246"/>
        <source>Nothing is due.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema dospelih obaveza.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="272"/>
        <source>Reopen case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ponovo otvori predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="272"/>
        <source>Close case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="315"/>
        <source>Remove outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukloni ishod</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="316"/>
        <source>Why is this outcome removed? (audited)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto se ovaj ishod uklanja? (beleži se u reviziji)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="328"/>
        <source>Cannot remove the outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod nije moguće ukloniti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="342"/>
        <source>Cannot remove the reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referencu nije moguće ukloniti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="355"/>
        <source>Cannot change the case&apos;s status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status predmeta nije moguće promeniti</translation>
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
        <location filename="../../ui/case_view.ui" line="29"/>
        <source>Timeline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hronologija</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>How many messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj poruka</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Messages of the case, oldest first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke predmeta, najstarije prvo</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Direction</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Smer</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sažetak</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="38"/>
        <source>Due and overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dospelo i prekoračeno</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>Due and overdue items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stavke kojima je rok dospeo ili istekao</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="44"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Subjects of the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Role</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uloga</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci o ličnosti</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="76"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomene</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="78"/>
        <source>Case notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomene o predmetu</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="20"/>
        <source>Close case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori predmet</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="20"/>
        <source>Close or reopen the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori ili ponovo otvori predmet</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="21"/>
        <source>Ha&amp;nd-over file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dosije za &amp;predaju…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="21"/>
        <source>Make the case&apos;s hand-over file (PDF)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napravi dosije predmeta za predaju (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="36"/>
        <source>Case details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Detalji predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="50"/>
        <source>Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishodi</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Outcomes of the joint action on this case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishodi zajedničke akcije na ovom predmetu</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Count</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iznos</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomena</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="55"/>
        <source>Add &amp;outcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodaj &amp;ishod…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="55"/>
        <source>Record an outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Evidentiraj ishod</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="56"/>
        <source>Remove outcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukloni ishod…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="56"/>
        <source>Remove the chosen outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukloni izabrani ishod</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="63"/>
        <source>Other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drugi sistemi</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="65"/>
        <source>References to this case in other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Reference na ovaj predmet u drugim sistemima</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="65"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="65"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="68"/>
        <source>Add &amp;reference…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodaj &amp;referencu…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="68"/>
        <source>Add a reference in another system</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodaj referencu u drugom sistemu</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="69"/>
        <source>Remove reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukloni referencu</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="69"/>
        <source>Remove the chosen reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukloni izabranu referencu</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="52"/>
        <source>≤ 1 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>≤ 1 h</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="53"/>
        <source>1–8 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1–8 h</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="54"/>
        <source>8–24 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>8–24 h</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="55"/>
        <source>1–3 d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1–3 d</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="56"/>
        <source>3–7 d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>3–7 d</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="57"/>
        <source>7–14 d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>7–14 d</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="58"/>
        <source>&gt; 14 d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&gt; 14 d</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="59"/>
        <source>Unanswered, overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez odgovora, prekoračeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="60"/>
        <source>Unanswered, within limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez odgovora, u roku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="68"/>
        <source>Urgent, direct (8 h)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno, direktno (8 h)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="69"/>
        <source>Urgent, indirect (3 d)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno, indirektno (3 d)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="70"/>
        <source>Other (7 d)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ostali (7 d)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="138"/>
        <source>Jan</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="139"/>
        <source>Feb</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="140"/>
        <source>Mar</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="141"/>
        <source>Apr</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="142"/>
        <source>May</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="143"/>
        <source>Jun</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="144"/>
        <source>Jul</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="145"/>
        <source>Aug</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>avg</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="146"/>
        <source>Sep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="147"/>
        <source>Oct</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="148"/>
        <source>Nov</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="149"/>
        <source>Dec</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>dec</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="234"/>
        <source>Others</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ostali</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="244"/>
        <source>No requests or alerts in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema zahteva ni upozorenja u ovom periodu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="301"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema zahteva u ovom periodu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="356"/>
        <source>%1 limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>rok od %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="40"/>
        <source>Watch list %1 (version %2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lista za praćenje %1 (verzija %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="42"/>
        <source>Held on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čuva se na ovom računaru</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="77"/>
        <source>Check</source>
        <extracomment>a check ran: how many hits nothing to re-read when the cache changes (a check is run on demand)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="163"/>
        <source>Give the reason for this check first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prvo navedite razlog ove provere</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="192"/>
        <source>The check could not run (%1). Nothing was recorded; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera nije mogla da se izvrši (%1). Ništa nije zabeleženo; pokušajte ponovo, a ako se ponavlja, obratite se IT službi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/check.py" line="204"/>
        <source>%n hit(s), best first (%1 ms, offline).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n pogodak, najbolji prvi (%1 ms, van mreže).</numerusform>
            <numerusform>%n pogotka, najbolji prvi (%1 ms, van mreže).</numerusform>
            <numerusform>%n pogodaka, najbolji prvi (%1 ms, van mreže).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="207"/>
        <source>No hit in the watch lists or on this laptop (%1 ms, offline).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema pogodaka u listama za praćenje ni na ovom računaru (%1 ms, van mreže).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="210"/>
        <source>MRZ read: %1, check digits valid, document %2.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>MRZ pročitan: %1, kontrolne cifre ispravne, dokument %2.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="213"/>
        <source>No watch list is held yet: only this laptop&apos;s records were checked; sync to fetch the lists.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još nema nijedne liste za praćenje: provereni su samo zapisi na ovom računaru; sinhronizujte da biste preuzeli liste.</translation>
    </message>
    <message>
        <source>Check a person, vehicle, document or phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Provera osobe, vozila, dokumenta ili telefona</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="19"/>
        <source>Looks in the watch lists and in everything this laptop holds, offline, in Cyrillic and Latin. A check is a consultation of personal data: give the reason, which goes to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pretražuje liste za praćenje i sve što ovaj računar čuva, van mreže, na ćirilici i latinici. Provera je uvid u podatke o ličnosti: navedite razlog, koji se upisuje u revizijski trag.</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="26"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="32"/>
        <source>Name, in any order and either script</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime, bilo kojim redom i pismom</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="33"/>
        <source>e.g. Петровић Драган or Dragan Petrovic</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. Петровић Драган ili Dragan Petrovic</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="38"/>
        <source>&amp;Born:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Rođen:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="44"/>
        <source>Year or date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Godina ili datum rođenja</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="45"/>
        <source>YYYY or YYYY-MM-DD</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>GGGG ili GGGG-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="51"/>
        <source>Na&amp;tionality:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drža&amp;vljanstvo:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="57"/>
        <source>Nationality, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Državljanstvo, oznaka zemlje</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="58"/>
        <source>RS</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>RS</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="64"/>
        <source>&amp;Plate:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ta&amp;blice:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="70"/>
        <source>Registration plate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registarske tablice</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="71"/>
        <source>e.g. СА 1234 ВХ</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. СА 1234 ВХ</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="76"/>
        <source>&amp;Country:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zemlja:</translation>
    </message>
    <message>
        <source>Country of the plate, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Zemlja tablica, oznaka zemlje</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="83"/>
        <source>BG</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BG</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="89"/>
        <source>&amp;Document no.:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Br. &amp;dokumenta:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="95"/>
        <source>Document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj dokumenta</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="100"/>
        <source>Ph&amp;one:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="106"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj telefona</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="107"/>
        <source>+381 64 123 4567</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>+381 64 123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="150"/>
        <source>&amp;MRZ:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;MRZ:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="156"/>
        <source>Machine-readable zone of a passport or identity card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mašinski čitljiva zona pasoša ili lične karte</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="157"/>
        <source>Paste or type the machine-readable zone (2 or 3 lines)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nalepite ili otkucajte mašinski čitljivu zonu (2 ili 3 reda)</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="164"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>R&amp;azlog:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="170"/>
        <source>Reason for this check, written to the audit log</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog ove provere, upisuje se u revizijski trag</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="171"/>
        <source>e.g. driver at booth 3, lorry to Horgoš</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. vozač na šalteru 3, kamion za Horgoš</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="176"/>
        <source>Chec&amp;k</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Proveri</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="177"/>
        <source>Run the check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pokreni proveru</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="187"/>
        <source>Result of the check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rezultat provere</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="195"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="200"/>
        <source>Hits, best first; each hit lists its reasons</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pogoci, najbolji prvi; svaki pogodak navodi svoje razloge</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="204"/>
        <source>Score</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="205"/>
        <source>Where</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gde</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="206"/>
        <source>Entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Unos</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="207"/>
        <source>Matched</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podudaranje</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="84"/>
        <source>From the address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prema adresi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="89"/>
        <source>Bitcoin, Litecoin, Tron and Ethereum-style addresses tell their network by their checksum; type the name of any other network (e.g. Monero).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adrese Bitcoin, Litecoin, Tron i adrese tipa Ethereum otkrivaju svoju mrežu kontrolnim zbirom; za svaku drugu mrežu upišite njen naziv (npr. Monero).</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="11"/>
        <source>Check a person, vehicle, document, phone, account or wallet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera osobe, vozila, dokumenta, telefona, računa ili novčanika</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="82"/>
        <source>Country of the plate or of a national account, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zemlja tablica ili domaćeg računa, oznaka zemlje</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="112"/>
        <source>&amp;Account:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rač&amp;un:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="118"/>
        <source>Bank account: an IBAN, or a national number with its bank code and the country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bankovni račun: IBAN ili domaći broj sa šifrom banke i zemljom</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="119"/>
        <source>IBAN, e.g. RS35 1050 0812 3123 1231 73</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN, npr. RS35 1050 0812 3123 1231 73</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="125"/>
        <source>&amp;Wallet:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Novčanik:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="131"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa kripto-imovine</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="132"/>
        <source>bc1q…, 0x…, T…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>bc1q…, 0x…, T…</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="138"/>
        <source>N&amp;etwork:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mr&amp;eža:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="144"/>
        <source>Network of the address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mreža adrese</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="117"/>
        <source>No hit in the watch lists or in your cache for this check.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema pogotka u listama za praćenje ni u vašoj memoriji za ovu proveru.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="118"/>
        <source>Type a name, a plate with its country, a document number, an MRZ or a phone number, and the reason for the check, then press Check. Hits from the partners&apos; watch lists and your own cache appear here, each with why it matches.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Unesite ime, tablice sa državom, broj dokumenta, MRZ ili broj telefona i razlog provere, pa pritisnite Proveri. Pogoci iz partnerskih lista za praćenje i vaše memorije pojavljuju se ovde, svaki sa razlogom podudaranja.</translation>
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
        <location filename="../../liaison_app/gui/compose/actions.py" line="494"/>
        <source>Not possible</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije moguće</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="547"/>
        <source>This draft cannot be opened here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj nacrt ne može da se otvori ovde.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/__init__.py" line="63"/>
        <location filename="../../liaison_app/gui/compose/actions.py" line="547"/>
        <source>Draft not opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrt nije otvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="68"/>
        <source>choose the legal basis for sending this data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>izaberite pravni osnov za slanje ovih podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="71"/>
        <source>say why this data is sent (a few words at least)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>navedite zašto se ovi podaci šalju (bar nekoliko reči)</translation>
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
    <name>ComposeAttachmentsForm</name>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="13"/>
        <source>Photos of documents and vehicles, scans, PDFs: up to 50 MiB each, encrypted before they leave this computer. Drag files here or paste an image (Ctrl+V). Photos are sent without their location data unless you tick &quot;Keep original&quot; (evidence).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Fotografije dokumenata i vozila, skenovi, PDF-ovi: do 50 MiB svaki, šifrovani pre nego što napuste ovaj računar. Prevucite datoteke ovde ili nalepite sliku (Ctrl+V). Fotografije se šalju bez podataka o lokaciji, osim ako označite „Zadrži original“ (dokaz).</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="14"/>
        <source>About attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O prilozima</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="19"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilozi</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="25"/>
        <source>File</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="26"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="27"/>
        <source>Size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Veličina</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="28"/>
        <source>Keep original</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži original</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="29"/>
        <source>Location data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci o lokaciji</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="35"/>
        <source>Attachments in total</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukupno priloga</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="42"/>
        <source>&amp;Add files…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Dodaj datoteke…</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="43"/>
        <source>Add files</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodaj datoteke</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="49"/>
        <source>&amp;Paste image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Nalepi sliku</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="50"/>
        <source>Paste an image from the clipboard</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nalepi sliku iz ostave</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="56"/>
        <source>&amp;Remove</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="57"/>
        <source>Remove the selected attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukloni izabrane priloge</translation>
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
        <source>Cas&amp;e:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Pr&amp;edmet:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="24"/>
        <source>Ca&amp;se:</source>
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
        <translation>B&amp;roj:</translation>
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
        <location filename="../../liaison_app/gui/compose/dialog.py" line="83"/>
        <source>Compose request</source>
        <extracomment>the cross-check warning while it is open (tests answer it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sastavi zahtev</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="83"/>
        <source>Raise alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdaj upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="96"/>
        <source>A request for information to partner agencies. The reply is due within the time limit of its urgency class.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev za informacije upućen partnerskim službama. Odgovor dospeva u roku koji odgovara stepenu hitnosti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="98"/>
        <source>A law-enforcement alert to partner agencies: a lookout, spontaneous information or a warning.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Policijsko upozorenje partnerskim službama: potraga, spontano dostavljena informacija ili upozorenje na opasnost.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="114"/>
        <source>Request details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti zahteva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="115"/>
        <source>Alert details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="116"/>
        <source>Case and reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet i osnov</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="166"/>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="369"/>
        <source>%1 (Alt+%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="235"/>
        <source>Not attached again (moved, deleted, or a pasted image too large to keep in a draft): %1. Attach them anew if they are needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije ponovo priloženo (premešteno, obrisano ili nalepljena slika prevelika da bi se čuvala u nacrtu): %1. Priložite ih ponovo ako su potrebni.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="244"/>
        <source>The draft could not be saved: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrt nije mogao da se sačuva: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="366"/>
        <source>Attachments (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilozi (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="367"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilozi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="399"/>
        <source>The profile was locked before the message was queued. Unlock and open it from Drafts.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Profil je zaključan pre nego što je poruka stavljena u red za slanje. Otključajte profil i otvorite poruku iz Nacrta.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="472"/>
        <source>The message could not be queued ({error}). It is still here and kept as a draft; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruku nije bilo moguće staviti u red za slanje ({error}). I dalje je ovde i čuva se kao nacrt; pokušajte ponovo, a ako se problem ponavlja, obratite se IT službi.</translation>
    </message>
    <message>
        <source>Request &amp;details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Pojedinosti zahteva</translation>
    </message>
    <message>
        <source>Alert &amp;details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Pojedinosti upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="340"/>
        <source>The message was not queued: correct the fields marked in red.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka nije stavljena u red za slanje: ispravite polja označena crvenom bojom.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="398"/>
        <source>Profile locked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Profil je zaključan</translation>
    </message>
    <message>
        <source>The profile was locked before the message was queued. Unlock and compose it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Profil je zaključan pre nego što je poruka stavljena u red za slanje. Otključajte profil i ponovo sastavite poruku.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="467"/>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="471"/>
        <source>Message not queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka nije stavljena u red za slanje</translation>
    </message>
    <message>
        <source>The message could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Poruku nije bilo moguće staviti u red za slanje ({error}). Ništa nije sačuvano; pokušajte ponovo, a ako se problem ponavlja, obratite se IT službi.</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Pri&amp;lozi (%1)</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Pri&amp;lozi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="381"/>
        <source>Encrypting the attachments…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifrovanje priloga…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="443"/>
        <source>The attachments could not be encrypted ({error}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilozi nisu mogli da se šifruju ({error}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="489"/>
        <source>Queued: waiting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu: čeka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="490"/>
        <source>The message is signed and queued. It is sealed and sent at the first sync after the partner&apos;s officer enrols ({reason}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka je potpisana i stavljena u red za slanje. Biće zapečaćena i poslata pri prvoj sinhronizaciji nakon što se službenik partnera registruje ({reason}).</translation>
    </message>
    <message>
        <source>&amp;Case and reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Predmet i razlog</translation>
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
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Poruka</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Po&amp;jedinosti</translation>
    </message>
    <message>
        <source>&amp;Grading and handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Ocena i rukovanje</translation>
    </message>
    <message>
        <source>S&amp;ubjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">S&amp;ubjekti</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Pr&amp;edmet</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="21"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="26"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="31"/>
        <source>Grading and handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena i rukovanje</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="36"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="41"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="46"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilozi</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="57"/>
        <source>Problem with the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa porukom</translation>
    </message>
    <message>
        <source>Sign and queue works offline: the message is sealed now and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">„Potpiši i stavi u red za slanje“ radi i bez veze: poruka se sada zapečaćuje i šalje pri sledećoj sinhronizaciji.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="76"/>
        <location filename="../../ui/compose.ui" line="78"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="83"/>
        <source>Sign and &amp;queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi u red &amp;za slanje</translation>
    </message>
    <message>
        <source>&amp;Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Potpiši i stavi u red za slanje</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="84"/>
        <source>Sign, encrypt and queue for sending (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši, šifruj i stavi u red za slanje (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="86"/>
        <source>Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi u red za slanje</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Pri&amp;lozi</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="65"/>
        <source>Sign and queue works offline: the message is signed now, then sealed for the partner devices listed at the next sync and sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpisivanje i stavljanje u red radi i van mreže: poruka se sada potpisuje, a pri sledećoj sinhronizaciji zapečaćuje za uređaje partnera koji su tada u imeniku i šalje.</translation>
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
        <source>Tick an agency to address all its officers, or open it and tick single officers. Only agencies with a device in your directory are listed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Označite službu da biste poruku uputili svim njenim službenicima ili je otvorite i označite pojedinačne službenike. Navedene su samo službe koje imaju uređaj u Vašem imeniku.</translation>
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
        <translation>P&amp;rioritet:</translation>
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
    <message>
        <location filename="../../ui/compose_message.ui" line="35"/>
        <source>Tick an agency to address all its officers, or open it and tick single officers. An agency with no device yet can be addressed too: the message waits for its directory entry.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Označite agenciju da biste se obratili svim njenim službenicima ili je otvorite i označite pojedinačne službenike. Možete se obratiti i agenciji koja još nema uređaj: poruka čeka njen upis u imenik.</translation>
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
        <source>R&amp;emove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ukloni subjekt</translation>
    </message>
    <message>
        <source>&amp;Remove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Ukloni subjekt</translation>
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
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/models/labels.py" line="190"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="195"/>
        <source>%n day(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dana</numerusform>
            <numerusform>%n dana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="193"/>
        <source>1 day %1 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1 dan %1 č</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="197"/>
        <source>%1 h %2 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 č %2 min</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="199"/>
        <source>%1 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="208"/>
        <source>due in %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>rok za %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="209"/>
        <source>overdue by %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>rok istekao pre %1</translation>
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
        <location filename="../../liaison_app/gui/pages/directory.py" line="36"/>
        <source>No directory yet. The signed directory of partner agencies, their officers and devices arrives with enrolment and is refreshed at every sync.</source>
        <extracomment>the model re-reads itself on ctx.data_changed (coalesced, and when shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik još ne postoji. Potpisani imenik partnerskih agencija, njihovih službenika i uređaja stiže pri registraciji i osvežava se pri svakoj sinhronizaciji.</translation>
    </message>
</context>
<context>
    <name>DisclosureReasonForm</name>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="13"/>
        <source>Why the data is sent (recorded with the disclosure)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto se podaci šalju (beleži se uz otkrivanje)</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="16"/>
        <source>Why the data is sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto se podaci šalju</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="21"/>
        <source>Legal &amp;basis:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pr&amp;avni osnov:</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="27"/>
        <source>Legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pravni osnov</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="37"/>
        <source>Problem with legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa pravnim osnovom</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="42"/>
        <source>&amp;Justification:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obraz&amp;loženje:</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="48"/>
        <source>Why this partner needs this data, in a few words</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto su ovom partneru potrebni ovi podaci, u nekoliko reči</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="49"/>
        <source>Justification for sending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrazloženje slanja</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="58"/>
        <source>Problem with justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem sa obrazloženjem</translation>
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
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="106"/>
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
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="82"/>
        <source>Suspect</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Osumnjičeni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="83"/>
        <source>Convicted person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Osuđeno lice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="84"/>
        <source>Victim</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Žrtva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="85"/>
        <source>Witness</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svedok</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="86"/>
        <source>Contact or associate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kontakt ili saradnik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="88"/>
        <source>yes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="89"/>
        <source>no</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="90"/>
        <source>Lookout</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potraga</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="91"/>
        <source>Spontaneous information</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Spontano dostavljena informacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="92"/>
        <source>Warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="93"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="94"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Delimično dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="95"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="96"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traženo pojašnjenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="97"/>
        <source>Technical (arrived)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tehnička (primljeno)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="98"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pročitano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="99"/>
        <source>Business (being acted on)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Postupanje u toku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="100"/>
        <source>Rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="101"/>
        <source>Withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Povlačenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="103"/>
        <source>Female</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ženski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="104"/>
        <source>Male</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Muški</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="105"/>
        <source>Unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="47"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="107"/>
        <source>Lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kamion</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="48"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="108"/>
        <source>Van</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kombi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="49"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="109"/>
        <source>Car</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Putnički automobil</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="50"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="110"/>
        <source>Bus</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Autobus</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="51"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="111"/>
        <source>Boat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Plovilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="53"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="112"/>
        <source>Passport</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pasoš</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="113"/>
        <source>Identity card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lična karta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="55"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="114"/>
        <source>Visa</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viza</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="56"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="115"/>
        <source>Residence permit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dozvola boravka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="116"/>
        <source>Genuine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="117"/>
        <source>False (forged or counterfeit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lažna (preinačena ili falsifikovana)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="118"/>
        <source>Stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukradena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="119"/>
        <source>Stolen blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukradeni blanko obrazac</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="120"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj telefona</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="44"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="121"/>
        <source>IMEI</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="122"/>
        <source>E-mail address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa e-pošte</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="123"/>
        <source>Messaging handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korisničko ime u aplikaciji za poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="124"/>
        <source>Road</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drumski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="125"/>
        <source>Rail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Železnički</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="126"/>
        <source>Sea</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pomorski</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="127"/>
        <source>River</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rečni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="128"/>
        <source>Air</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vazdušni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="129"/>
        <source>On foot</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pešice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="130"/>
        <source>Mixed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kombinovani</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="132"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svrha</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="133"/>
        <source>Information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tražene informacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="134"/>
        <source>Grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Osnov</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="135"/>
        <source>Urgency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitnost</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="136"/>
        <source>Evidence use sought</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traži se upotreba kao dokaza</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="137"/>
        <source>Alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="138"/>
        <source>Action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traženo postupanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="139"/>
        <source>Valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Važi do</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="140"/>
        <source>INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>INTERPOL poternica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="141"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="142"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="143"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="144"/>
        <source>Of message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="145"/>
        <source>Action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Radnja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="146"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="147"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="148"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oblast kriminala</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="150"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pseudonimi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="151"/>
        <source>Colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Boja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="152"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="153"/>
        <source>Date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="154"/>
        <source>Document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta isprave</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="155"/>
        <source>Expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum isteka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="156"/>
        <source>Given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="157"/>
        <source>Identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta identifikatora</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="158"/>
        <source>Is border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Granični prelaz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="159"/>
        <source>Issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum izdavanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="160"/>
        <source>Issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država izdavanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="161"/>
        <source>Latitude e6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Geografska širina (×10⁶)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="162"/>
        <source>Longitude e6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Geografska dužina (×10⁶)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="163"/>
        <source>Make</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="164"/>
        <source>Mode</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Način</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="165"/>
        <source>Model</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="166"/>
        <source>Name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="167"/>
        <source>Nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Državljanstva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="168"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomene</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="169"/>
        <source>Number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="170"/>
        <source>Place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mesto rođenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="171"/>
        <source>Registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registarska oznaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="172"/>
        <source>Registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država registracije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="173"/>
        <source>Service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Servis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="174"/>
        <source>Sex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pol</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="175"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="176"/>
        <source>Surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prezime</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="177"/>
        <source>Value</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrednost</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="178"/>
        <source>Vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta vozila</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="179"/>
        <source>Vin</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="180"/>
        <source>Waypoints</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Usputne tačke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="182"/>
        <source>IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="183"/>
        <source>Account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj računa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="184"/>
        <source>Bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifra banke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="185"/>
        <source>BIC / SWIFT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="186"/>
        <source>Holder name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vlasnik računa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="187"/>
        <source>Bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv banke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="188"/>
        <source>Last four</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednje četiri cifre</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="189"/>
        <source>Issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdavalac</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="190"/>
        <source>Provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pružalac usluge</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="191"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="192"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iznos</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="193"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="194"/>
        <source>Sent on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato dana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="195"/>
        <source>Sender name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="196"/>
        <source>Sender country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="197"/>
        <source>Receiver name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime primaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="198"/>
        <source>Receiver country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država primaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="199"/>
        <source>Network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mreža</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="200"/>
        <source>Network name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv mreže</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="201"/>
        <source>Address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="202"/>
        <source>Asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kriptovaluta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="203"/>
        <source>Broker name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ime posrednika</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="204"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lokacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="43"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="205"/>
        <source>Phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="206"/>
        <source>Courier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kurir</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="207"/>
        <source>Bitcoin</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="208"/>
        <source>Ethereum</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ethereum</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="209"/>
        <source>Tron</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tron</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="210"/>
        <source>Litecoin</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Litecoin</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="211"/>
        <source>BNB Smart Chain</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BNB Smart Chain</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="212"/>
        <source>Polygon</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="213"/>
        <source>Other network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Druga mreža</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="70"/>
        <source>Persons arrested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uhapšena lica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="71"/>
        <source>Persons charged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Optužena lica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="72"/>
        <source>Convictions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Presude</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="73"/>
        <source>Vehicles stopped</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaustavljena vozila</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="74"/>
        <source>Documents seized (genuine)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oduzeta dokumenta (prava)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="75"/>
        <source>Documents seized (false)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oduzeta dokumenta (lažna)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="76"/>
        <source>Victims safeguarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaštićene žrtve</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="77"/>
        <source>Cash seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oduzeta gotovina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="78"/>
        <source>Assets seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oduzeta imovina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="79"/>
        <source>Smuggling attempts prevented</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sprečeni pokušaji krijumčarenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="80"/>
        <source>No further action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez daljih mera</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="216"/>
        <source>Prevention, investigation, detection or prosecution of crime (DPA 2018 s.31, LED Art. 1(1))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sprečavanje, istraga, otkrivanje ili gonjenje krivičnih dela (DPA 2018 s.31, LED čl. 1(1))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="218"/>
        <source>Exchange of information between law-enforcement authorities (Directive (EU) 2023/977)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razmena informacija između organa za sprovođenje zakona (Direktiva (EU) 2023/977)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="220"/>
        <source>International agreement (UK–Serbia, UK–Bulgaria, SELEC Convention; DPA 2018 s.75(1)(a), LED Art. 37(1)(a))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Međunarodni sporazum (UK–Srbija, UK–Bugarska, Konvencija SELEC; DPA 2018 s.75(1)(a), LED čl. 37(1)(a))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="222"/>
        <source>Appropriate safeguards assessed by the controller (DPA 2018 s.75(1)(b), LED Art. 37(1)(b))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovarajuće zaštitne mere koje je procenio rukovalac (DPA 2018 s.75(1)(b), LED čl. 37(1)(b))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="224"/>
        <source>Special circumstances: life, or an immediate and serious threat to public security (DPA 2018 s.76, LED Art. 38)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Posebne okolnosti: život, ili neposredna i ozbiljna pretnja javnoj bezbednosti (DPA 2018 s.76, LED čl. 38)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="226"/>
        <source>Other (say which in the justification)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drugo (navedite koje u obrazloženju)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="227"/>
        <source>Duty to tell recipients that data sent was incorrect or unlawfully sent (LED Art. 7(3), DPA 2018 s.38)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obaveza da se primaoci obaveste da su poslati podaci netačni ili nezakonito poslati (LED čl. 7(3), DPA 2018 s.38)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="229"/>
        <source>Identity (names, dates of birth, nationality)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Identitet (imena, datumi rođenja, državljanstvo)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="230"/>
        <source>Travel and identity documents</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Putne i lične isprave</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="231"/>
        <source>Vehicles</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vozila</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="232"/>
        <source>Phones, e-mail and messaging identifiers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Telefoni, e-pošta i identifikatori za poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="233"/>
        <source>Places and routes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mesta i rute</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="234"/>
        <source>Organisations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Organizacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="235"/>
        <source>Financial data (accounts, cards, transfers, wallets, cash)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Finansijski podaci (računi, kartice, transferi, novčanici, gotovina)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="236"/>
        <source>Personal assessments (not facts, LED Art. 7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lične procene (ne činjenice, LED čl. 7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="237"/>
        <source>Free text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Slobodan tekst</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="238"/>
        <source>Attached files</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Priložene datoteke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="239"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čeka odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="240"/>
        <source>Partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Delimično odgovoreno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="241"/>
        <source>Withdrawn</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Povučeno</translation>
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
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="49"/>
        <source>Close this message?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvoriti ovu poruku?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="50"/>
        <source>This message has not been sent. Keep it as a draft to finish later, discard it, or go on editing?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova poruka nije poslata. Sačuvati je kao nacrt da je završite kasnije, odbaciti je ili nastaviti uređivanje?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="52"/>
        <source>&amp;Keep as draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Sačuvaj kao nacrt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="54"/>
        <source>&amp;Discard</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Odbaci</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="56"/>
        <source>&amp;Go on editing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Nastavi uređivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="58"/>
        <source>Keep as draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvaj kao nacrt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="59"/>
        <source>Discard the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbaci poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="60"/>
        <source>Go on editing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nastavi uređivanje</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="91"/>
        <source>(no recipient yet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(još nema primaoca)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="94"/>
        <source>(no text yet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(još nema teksta)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/drafts.py" line="104"/>
        <source>%n draft(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n nacrt</numerusform>
            <numerusform>%n nacrta</numerusform>
            <numerusform>%n nacrta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="132"/>
        <source>Discard draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbacivanje nacrta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="133"/>
        <source>Discard this draft? It is erased and cannot be brought back.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbaciti ovaj nacrt? Biće obrisan i ne može se vratiti.</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="11"/>
        <source>Drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrti</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="19"/>
        <source>What you were composing is kept here, encrypted, until you send or discard it. Drafts nobody edits for a month are erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ono što ste sastavljali čuva se ovde, šifrovano, dok ga ne pošaljete ili odbacite. Nacrti koje niko ne menja mesec dana brišu se.</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="27"/>
        <source>How many drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Koliko ima nacrta</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="37"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="38"/>
        <source>Open the selected draft to go on composing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvorite izabrani nacrt da nastavite sa sastavljanjem</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="44"/>
        <source>&amp;Discard…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O&amp;dbaci…</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="45"/>
        <source>Discard the selected draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbacite izabrani nacrt</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="53"/>
        <source>Drafts, the most recently edited first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrti, prvo poslednji menjani</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="58"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="59"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="60"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="61"/>
        <source>Text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="62"/>
        <source>Last edited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednja izmena</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="70"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="58"/>
        <source>No drafts. A request, alert, reply or forward you start and leave unsent is kept here, encrypted, until you send or discard it.</source>
        <extracomment>the list was re-read: how many drafts refreshed by the shell on ctx.data_changed (when shown, or when next shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema nacrta. Zahtev, upozorenje, odgovor ili prosleđivanje koje započnete i ne pošaljete čuva se ovde, šifrovano, dok ga ne pošaljete ili odbacite.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="193"/>
        <source>Enrolment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registracija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="194"/>
        <source>Step 3 of 3: keys, encrypted cache and the hub.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korak 3 od 3: ključevi, šifrovana lokalna baza i čvorište.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="245"/>
        <source>Enrolled. Liaison is ready.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registracija je završena. Liaison je spreman.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="250"/>
        <source>Your profile is ready, but the hub could not enrol this computer yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vaš profil je spreman, ali čvorište još nije moglo da registruje ovaj računar.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="253"/>
        <source>{0}

Choose “Enrol when connected” to start using Liaison now: you can read the cache and queue work, and Liaison enrols at the first sync that reaches the hub. Or connect and choose “Try again”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}

Izaberite „Registruj pri uspostavljanju veze“ da biste odmah počeli da koristite Liaison: možete čitati lokalnu bazu i stavljati rad u red za slanje, a Liaison će se registrovati pri prvoj sinhronizaciji koja dopre do čvorišta. Ili uspostavite vezu i izaberite „Pokušaj ponovo“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="266"/>
        <source>Enrolment did not finish.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Registracija nije završena.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="295"/>
        <source>Making keys and the encrypted cache…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izrada ključeva i šifrovane lokalne baze…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="298"/>
        <source>Opening the prepared profile…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvaranje pripremljenog profila…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="302"/>
        <source>Contacting the hub at {0}…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uspostavljanje veze sa čvorištem {0}…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="311"/>
        <source>Opening Liaison…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvaranje aplikacije Liaison…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="165"/>
        <source>Erase a record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Brisanje zapisa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="167"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Obriši…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="168"/>
        <source>Erase the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obriši zapis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="170"/>
        <source>Erase %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Brisanje: %1 %2 — %3 (rok za preispitivanje bio je %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="185"/>
        <source>Also erase the %n message(s) that carry this subject</source>
        <extracomment>the confirmation box while it is open (tests press its buttons)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Obriši i %n poruku koja sadrži ovaj subjekt</numerusform>
            <numerusform>Obriši i %n poruke koje sadrže ovaj subjekt</numerusform>
            <numerusform>Obriši i %n poruka koje sadrže ovaj subjekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="206"/>
        <source>Erase the draft (%2)?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izbrisati nacrt (%2)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="208"/>
        <source>Erase subject %1 “%2” and the %n message(s) that carry it?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Obrisati subjekt %1 „%2“ i %n poruku koja ga sadrži?</numerusform>
            <numerusform>Obrisati subjekt %1 „%2“ i %n poruke koje ga sadrže?</numerusform>
            <numerusform>Obrisati subjekt %1 „%2“ i %n poruka koje ga sadrže?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="211"/>
        <source>Erase subject %1 “%2”?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrisati subjekt %1 „%2“?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="214"/>
        <source>This cannot be undone.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovo se ne može poništiti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="217"/>
        <source>Confirm erasure</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda brisanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="223"/>
        <source>Erase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obriši</translation>
    </message>
    <message numerus="yes">
        <source>Erased subject %1 and %n message(s). The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">
            <numerusform>Obrisani su subjekt %1 i %n poruka. Brisanje je zabeleženo u revizijskom tragu.</numerusform>
            <numerusform>Obrisani su subjekt %1 i %n poruke. Brisanje je zabeleženo u revizijskom tragu.</numerusform>
            <numerusform>Obrisani su subjekt %1 i %n poruka. Brisanje je zabeleženo u revizijskom tragu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased subject %1. The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Subjekt %1 je obrisan. Brisanje je zabeleženo u revizijskom tragu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="201"/>
        <source>Erase case %1 “%2” with the messages and subjects filed only in it?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izbrisati predmet %1 „%2“ sa porukama i subjektima koji su zavedeni samo u njemu?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="204"/>
        <source>Erase message %1 (%2)?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izbrisati poruku %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="261"/>
        <source>Erased %2 %1 and %n message(s). The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Izbrisano: %2 %1 i %n poruka. Brisanje je u revizijskom dnevniku.</numerusform>
            <numerusform>Izbrisano: %2 %1 i %n poruke. Brisanje je u revizijskom dnevniku.</numerusform>
            <numerusform>Izbrisano: %2 %1 i %n poruka. Brisanje je u revizijskom dnevniku.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="264"/>
        <source>Erased %2 %1. The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izbrisano: %2 %1. Brisanje je u revizijskom dnevniku.</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="64"/>
        <source>Save attachment outside Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čuvanje priloga van Liaison-a</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="70"/>
        <source>%1 (%2, %3). The saved copy is not encrypted: keep it only where your agency&apos;s rules allow.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (%2, %3). Sačuvana kopija nije šifrovana: čuvajte je samo gde to dozvoljavaju pravila vaše službe.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="79"/>
        <source>Choose &amp;file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberi &amp;datoteku…</translation>
    </message>
</context>
<context>
    <name>ExportForCarrierDialog</name>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="61"/>
        <source>Export for carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvoz za kurira</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="68"/>
        <source> days</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> dana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="77"/>
        <source>Why these recipients need what is queued for them, in a few words</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto je ovim primaocima potrebno ono što čeka za njih, u nekoliko reči</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="151"/>
        <source>Tick at least one recipient.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Označite bar jednog primaoca.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="172"/>
        <source>Nothing waits for {0}: no queued message and no acknowledgement owed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa ne čeka za {0}: nema poruka u redu za slanje niti dugovanih potvrda prijema.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="176"/>
        <source>Messages: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="177"/>
        <source>Attachments: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilozi: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="179"/>
        <source>Acknowledgements owed: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dugovane potvrde prijema: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="180"/>
        <source>For: {0}; {1} device(s) can open it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za: {0}; može ga otvoriti uređaja: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="182"/>
        <source>May relay it: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Može da ga prosledi: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="183"/>
        <source>nobody</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>niko</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="184"/>
        <source>Expires: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ističe: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="187"/>
        <source>Not carried: {0} message(s) waiting for a partner&apos;s directory entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne šalje se: poruka koje čekaju upis partnera u imenik: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="190"/>
        <source>Not carried: {0} message(s) beyond one bundle; export again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne šalje se: poruka preko kapaciteta jednog paketa: {0}; izvezite ponovo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="192"/>
        <source>Warning: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="197"/>
        <source>Write the bundle to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upiši paket u</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="198"/>
        <source>Liaison bundles (*{0});;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison paketi (*{0});;Sve datoteke (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="209"/>
        <source>Tick a recipient and name the file to write.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Označite primaoca i navedite datoteku koja se upisuje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="255"/>
        <source>Close</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="257"/>
        <source>Written: {0} ({1}).
The messages are handed to the carrier and stay in the outbox until delivery is confirmed; the transfer is recorded on the Transfers page.

{2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upisano: {0} ({1}).
Poruke su predate kuriru i ostaju u odlaznim dok se isporuka ne potvrdi; prenos je zabeležen na stranici „Prenosi podataka“.

{2}</translation>
    </message>
    <message>
        <source>Written: {0} ({1}).
The messages are handed to the carrier and stay in the outbox until delivery is confirmed.

{2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Upisano: {0} ({1}).
Poruke su predate kuriru i ostaju u odlaznim dok se isporuka ne potvrdi.

{2}</translation>
    </message>
</context>
<context>
    <name>ExportReasonDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="61"/>
        <source>Export outside Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvoz van aplikacije Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="67"/>
        <source>e.g. quarterly check by the data-protection officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. tromesečna provera lica za zaštitu podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="72"/>
        <source>Choose &amp;file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite &amp;datoteku…</translation>
    </message>
</context>
<context>
    <name>ExternalRefDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="134"/>
        <source>Reference in another system — %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referenca u drugom sistemu — %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="152"/>
        <source>Check the reference: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Proverite referencu: %1</translation>
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
        <source>Valid: signed by your IT provisioning authority; expires {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Važeća: potpisao ju je Vaš IT organ za dodelu pristupa; ističe {0}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="126"/>
        <source>{0} (set by IT&apos;s policy)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} (odredila IT služba)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="130"/>
        <source>Valid: signed by the provisioning authority with fingerprint {0}; check it is the one IT gave you. Expires {1}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Važeća: potpisao ju je organ za dodelu pristupa sa otiskom {0}; proverite da je to otisak koji Vam je dala IT služba. Ističe {1}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="326"/>
        <source>Liaison — First run</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Prvo pokretanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="336"/>
        <source>Open Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvori Liaison</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="23"/>
        <source>%1 — closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — zatvoreno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="24"/>
        <source>your move</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>na vama je red</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="25"/>
        <source>waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>čeka se partner</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="26"/>
        <source>%1 — open, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — otvoreno, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="33"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="39"/>
        <source>Answer: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="41"/>
        <source>Clarification given</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojašnjenje dato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="42"/>
        <source>Recall: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opoziv: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="47"/>
        <source>Follow-up: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Praćenje: %1</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="362"/>
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
        <location filename="../../liaison_app/gui/compose/actions.py" line="400"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mogu se prosleđivati samo zahtevi i upozorenja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="406"/>
        <source>Allowed: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dozvoljeno: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="407"/>
        <source>Refused: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbijeno: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="465"/>
        <source>tick at least one agency to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>označite najmanje jednu službu kojoj se prosleđuje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="434"/>
        <source>May receive this message. No device there is enrolled yet: the forward waits until the partner&apos;s directory entry arrives.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Može da primi ovu poruku. Tamo još nije registrovan nijedan uređaj: prosleđivanje čeka dok ne stigne partnerov unos u imeniku.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="436"/>
        <source>May receive this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Može da primi ovu poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="439"/>
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
        <location filename="../../liaison_app/gui/compose/actions.py" line="446"/>
        <source>Your directory lists no agencies yet. Sync (F5) to fetch it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vaš imenik još ne navodi nijednu agenciju. Sinhronizujte (F5) da biste ga preuzeli.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/compose/actions.py" line="449"/>
        <source>%n agency(ies) may receive this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n agencija može da primi ovu poruku</numerusform>
            <numerusform>%n agencije mogu da prime ovu poruku</numerusform>
            <numerusform>%n agencija može da primi ovu poruku</numerusform>
        </translation>
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
    <name>HitWarning</name>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="29"/>
        <source>watch list %1, entry %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>lista za praćenje %1, unos %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="31"/>
        <source>already held on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>već se čuva na ovom računaru</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="32"/>
        <source>Subject %1 (%2): %3, score %4 — %5</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt %1 (%2): %3, ocena %4 — %5</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="38"/>
        <source>…and %1 more.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>…i još %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="50"/>
        <source>Subjects already known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti su već poznati</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="51"/>
        <source>Some subjects of this message match a watch list or records already held. Sign and queue it anyway?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neki subjekti ove poruke odgovaraju listi za praćenje ili zapisima koji se već čuvaju. Ipak potpisati i staviti u red za slanje?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="55"/>
        <source>Cross-check warning before signing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje unakrsne provere pre potpisivanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="57"/>
        <source>&amp;Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Potpiši i stavi u red</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="59"/>
        <source>&amp;Go back</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Nazad</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="98"/>
        <source>Image: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Slika: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="106"/>
        <source>Shown from memory; nothing is written to disk. To keep a copy, use Save as…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikazano iz memorije; ništa se ne upisuje na disk. Da biste zadržali kopiju, koristite Sačuvaj kao…</translation>
    </message>
</context>
<context>
    <name>ImportFromCarrierDialog</name>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="57"/>
        <source>Import from carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uvoz od kurira</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="77"/>
        <source>Choose the bundle file the carrier brought.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite datoteku paketa koju je doneo kurir.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="85"/>
        <source>Bundle to import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket za uvoz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="86"/>
        <source>Liaison bundles (*{0});;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison paketi (*{0});;Sve datoteke (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="107"/>
        <source>This bundle cannot be imported.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket ne može da se uveze.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="127"/>
        <source>From: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Od: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="128"/>
        <source>For: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="129"/>
        <source>Made: {0}; expires: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napravljen: {0}; ističe: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="131"/>
        <source>Holds: {0} message(s), {1} attachment(s) ({2}), {3} acknowledgement(s) of your bundles</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sadrži: poruka {0}, priloga {1} ({2}), potvrda prijema Vaših paketa {3}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="137"/>
        <source>Imported before: importing again stores nothing new.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Već uvezen: ponovni uvoz ne čuva ništa novo.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="194"/>
        <source>Close</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="201"/>
        <source>Stored: {0} new message(s); {1} already here; {2} quarantined; {3} for others; {4} attachment(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvano: novih poruka {0}; već postoji {1}; u karantinu {2}; za druge {3}; priloga {4}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="206"/>
        <source>Your messages: {0} delivered, {1} replied, {2} confirmed by acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vaše poruke: isporučeno {0}, odgovoreno {1}, potvrđeno potvrdom prijema {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="210"/>
        <source>Warning: {0} earlier bundle(s) from this sender have not arrived (lost, or still on their way).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje: ranijih paketa ovog pošiljaoca koji nisu stigli: {0} (izgubljeni ili još na putu).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="214"/>
        <source>Acknowledgement bundle written: {0} — carry it back to {1}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket sa potvrdom prijema je upisan: {0} — odnesite ga nazad za {1}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="218"/>
        <source>The acknowledgement bundle was not written: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket sa potvrdom prijema nije upisan: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="225"/>
        <source>Relayed to the hub: {0} accepted, {1} it had already, {2} attachment(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđeno čvorištu: prihvaćeno {0}, već je imalo {1}, priloga {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="228"/>
        <source>Refused by the hub: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište je odbilo: {0} ({1})</translation>
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
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="116"/>
        <source>Keep until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži do novog datuma preispitivanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="118"/>
        <source>&amp;Keep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zadrži</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="119"/>
        <source>Keep the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži zapis</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="124"/>
        <source>Keep %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadržavanje: %1 %2 — %3 (rok za preispitivanje bio je %4)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="152"/>
        <source>Kept %1 %2 until %3. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2 zadržan do %3. Vaš razlog je zabeležen u revizijskom tragu.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="18"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="57"/>
        <location filename="../../liaison_app/reports/texts.py" line="34"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="19"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="58"/>
        <location filename="../../liaison_app/reports/texts.py" line="35"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="20"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="59"/>
        <location filename="../../liaison_app/reports/texts.py" line="36"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="21"/>
        <location filename="../../liaison_app/reports/texts.py" line="37"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrda prijema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="22"/>
        <location filename="../../liaison_app/reports/texts.py" line="38"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Deljenje predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="23"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="61"/>
        <location filename="../../liaison_app/reports/texts.py" line="39"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opoziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="26"/>
        <location filename="../../liaison_app/reports/texts.py" line="42"/>
        <source>Draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="27"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="37"/>
        <location filename="../../liaison_app/reports/texts.py" line="43"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu za slanje</translation>
    </message>
    <message>
        <source>Waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Čeka partnera</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="29"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="40"/>
        <location filename="../../liaison_app/reports/texts.py" line="45"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="30"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="41"/>
        <location filename="../../liaison_app/reports/texts.py" line="46"/>
        <source>Delivered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Isporučeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="31"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="42"/>
        <location filename="../../liaison_app/reports/texts.py" line="47"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pročitano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="32"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="43"/>
        <location filename="../../liaison_app/reports/texts.py" line="48"/>
        <source>Replied</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovoreno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="33"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="44"/>
        <location filename="../../liaison_app/reports/texts.py" line="49"/>
        <source>Failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neuspelo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="36"/>
        <source>Unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nepročitano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="48"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čeka se odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="49"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traženo pojašnjenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="50"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="51"/>
        <source>Partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Delimično odgovoreno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="52"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="53"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="65"/>
        <source>Withdrawn</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Povučeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="60"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="68"/>
        <location filename="../../liaison_app/reports/texts.py" line="52"/>
        <source>Routine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Redovno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="69"/>
        <location filename="../../liaison_app/reports/texts.py" line="53"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="70"/>
        <location filename="../../liaison_app/reports/texts.py" line="54"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="71"/>
        <location filename="../../liaison_app/reports/texts.py" line="55"/>
        <source>Immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neodložno</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Čeka na slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="74"/>
        <location filename="../../liaison_app/reports/texts.py" line="58"/>
        <source>Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="75"/>
        <location filename="../../liaison_app/reports/texts.py" line="59"/>
        <source>Dormant</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U mirovanju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="76"/>
        <location filename="../../liaison_app/reports/texts.py" line="60"/>
        <source>Closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="79"/>
        <source>Migrant smuggling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Krijumčarenje migranata</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="80"/>
        <source>Trafficking in human beings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Trgovina ljudima</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="81"/>
        <source>Document fraud</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Falsifikovanje isprava</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="82"/>
        <source>Other</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Drugo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="85"/>
        <source>Damaged or malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oštećeno ili neispravno formirano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="86"/>
        <source>From a newer version of Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iz novije verzije aplikacije Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="87"/>
        <source>Sender signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis pošiljaoca nije važeći</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="88"/>
        <source>Message signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis poruke nije važeći</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="89"/>
        <source>Envelope and message disagree</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnica i poruka se ne podudaraju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="90"/>
        <source>Not addressed to this device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije upućeno ovom uređaju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="91"/>
        <source>Sender not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pošiljalac nije u imeniku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="92"/>
        <source>Sender&apos;s device revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uređaj pošiljaoca je opozvan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="93"/>
        <source>Expired</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Isteklo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="94"/>
        <source>Received twice (replay)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno dvaput (ponovljeno slanje)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="97"/>
        <source>Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otključavanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="98"/>
        <source>Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaključavanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="99"/>
        <source>Consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uvid</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="100"/>
        <source>Created</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kreirano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="101"/>
        <source>Altered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izmenjeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="102"/>
        <source>Disclosed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkriveno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="103"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="104"/>
        <source>Forwarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="105"/>
        <source>Exported</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvezeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="106"/>
        <source>Erased</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrisano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="107"/>
        <source>Policy changed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Politika je izmenjena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="110"/>
        <location filename="../../liaison_app/reports/texts.py" line="117"/>
        <source>Person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lice</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="111"/>
        <location filename="../../liaison_app/reports/texts.py" line="118"/>
        <source>Organisation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="112"/>
        <location filename="../../liaison_app/reports/texts.py" line="119"/>
        <source>Vehicle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vozilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="113"/>
        <location filename="../../liaison_app/reports/texts.py" line="120"/>
        <source>Travel document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Putna isprava</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="114"/>
        <location filename="../../liaison_app/reports/texts.py" line="121"/>
        <source>Phone or identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Telefon ili identifikator</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="115"/>
        <location filename="../../liaison_app/reports/texts.py" line="122"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lokacija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="116"/>
        <location filename="../../liaison_app/reports/texts.py" line="123"/>
        <source>Route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="125"/>
        <source>Active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Aktivan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="126"/>
        <source>Revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opozvan</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="117"/>
        <location filename="../../liaison_app/reports/texts.py" line="124"/>
        <source>Bank account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bankovni račun</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="38"/>
        <source>Waiting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čeka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="118"/>
        <location filename="../../liaison_app/reports/texts.py" line="125"/>
        <source>Payment card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Platna kartica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="119"/>
        <location filename="../../liaison_app/reports/texts.py" line="126"/>
        <source>Money transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novčana doznaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="120"/>
        <location filename="../../liaison_app/reports/texts.py" line="127"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adresa kripto-imovine</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="121"/>
        <location filename="../../liaison_app/reports/texts.py" line="128"/>
        <source>Hawala or informal transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Havala ili neformalni prenos</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="122"/>
        <location filename="../../liaison_app/reports/texts.py" line="129"/>
        <source>Cash</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gotovina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="64"/>
        <source>Rectified</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="28"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="39"/>
        <location filename="../../liaison_app/reports/texts.py" line="44"/>
        <source>Handed to carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predato kuriru</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="81"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (rok je istekao)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="160"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="330"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="192"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="336"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="181"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="210"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="337"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="188"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="338"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sažetak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="104"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="321"/>
        <source>Failed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neuspelo: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="203"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="339"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="211"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="212"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rukovanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="205"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="173"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="258"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="250"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="251"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="253"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oblast kriminala</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="264"/>
        <source>Seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viđeno u primljenim porukama; lokalna evidencija predmeta još ne postoji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="270"/>
        <source>Messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="273"/>
        <source>Next due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sledeći rok</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="279"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preispitivanje dana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="280"/>
        <source>Updated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ažurirano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="167"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="316"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="341"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu za slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="347"/>
        <source>Attempts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pokušaji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="350"/>
        <source>Next attempt</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sledeći pokušaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="346"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="117"/>
        <source>Your reply is due %1 (%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vaš odgovor je dospeo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="118"/>
        <source>Their reply is due %1 (%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Njihov odgovor je dospeo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="196"/>
        <source>Follow-up</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Praćenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="198"/>
        <source>Received: your answer is owed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno: dugujete odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="200"/>
        <source>Sent: the partner&apos;s answer is awaited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato: čeka se odgovor partnera</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="357"/>
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
    <message>
        <source>Waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Čeka partnera</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="352"/>
        <source>Waiting: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čeka: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="101"/>
        <source>%1 by its sender</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 od strane pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="324"/>
        <source>In a bundle a carrier takes to the partner; it stays here until the hub or the partner confirms it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U paketu koji kurir nosi partneru; ostaje ovde dok ga čvorište ili partner ne potvrdi</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="159"/>
        <location filename="../../ui/page_list.ui" line="67"/>
        <source>List</source>
        <extracomment>the model re-reads itself on ctx.data_changed (coalesced, and when shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="227"/>
        <source>%1 of %2 shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikazano %1 od %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="232"/>
        <source>%1 items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stavki: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="269"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="310"/>
        <source>Any status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bilo koji status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="261"/>
        <source>Unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nepročitano</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Čeka se odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="263"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="267"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok je istekao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="253"/>
        <source>Any priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bilo koji prioritet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="254"/>
        <source>Urgent and immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno i neodložno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="262"/>
        <source>Not replied yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još bez odgovora</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="273"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="275"/>
        <source>Messages received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljene poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="314"/>
        <source>Reference, title or SIENA/INTERPOL reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj, naziv ili SIENA/INTERPOL broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="318"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="340"/>
        <source>Show requests that are</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži zahteve koji su</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="343"/>
        <source>&amp;Show:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Prikaži:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="350"/>
        <source>Every request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svi zahtevi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="351"/>
        <source>Still open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još otvoreni</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="354"/>
        <source>Requests awaiting a reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtevi koji čekaju odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="375"/>
        <source>Any state</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bilo koje stanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="382"/>
        <source>&amp;Retry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Pokušaj ponovo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="383"/>
        <source>Send the refused message again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ponovo pošaljite odbijenu poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="384"/>
        <source>Queue the selected message again: the hub refused it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ponovo stavite izabranu poruku u red za slanje: čvorište ju je odbilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="392"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odlazne</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="77"/>
        <source>Quarantined envelopes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnice u karantinu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="66"/>
        <source>Show entries of kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži unose vrste</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="69"/>
        <source>&amp;Kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="70"/>
        <source>Every kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sve vrste</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="101"/>
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
        <location filename="../../ui/page_list.ui" line="38"/>
        <source>&amp;Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="44"/>
        <source>Show status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži status</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="49"/>
        <source>&amp;Priority:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="55"/>
        <source>Show priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="27"/>
        <source>How many items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj stavki</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="80"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="163"/>
        <source>Nothing here yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovde još nema ničega.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="173"/>
        <source>Nothing matches the filter. Clear the filter to see everything.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa ne odgovara filteru. Obrišite filter da biste videli sve.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="280"/>
        <source>No alerts. Alerts you raise or receive (lookouts, warnings, spontaneous information) appear here, urgent ones first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema upozorenja. Upozorenja koja podignete ili primite (potrage, upozorenja, spontane informacije) pojavljuju se ovde, hitna prva.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="283"/>
        <source>No messages received yet. Requests, alerts and replies from partner agencies appear here after a sync (F5).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još nema primljenih poruka. Zahtevi, upozorenja i odgovori partnerskih agencija pojavljuju se ovde posle sinhronizacije (F5).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="321"/>
        <source>No cases yet. A case appears here when you link a message to a new case reference, or receive a message about one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još nema predmeta. Predmet se pojavljuje ovde kada poruku povežete sa novom oznakom predmeta ili primite poruku o nekom predmetu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="395"/>
        <source>The outbox is empty. What you sign and queue waits here until the hub accepts it, then stays listed as sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odlazne poruke su prazne. Ono što potpišete i stavite u red čeka ovde dok ga čvorište ne prihvati, a zatim ostaje navedeno kao poslato.</translation>
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
        <location filename="../../ui/main_window.ui" line="30"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45"/>
        <source>Open the alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvori upozorenje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Dismiss</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>Dismiss the notification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori obaveštenje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="61"/>
        <source>Searc&amp;h:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pre&amp;traga:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>Cases, messages and subjects (names, aliases, registrations, documents)  Ctrl+F</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti, poruke i subjekti (imena, pseudonimi, registarske oznake, isprave)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69"/>
        <source>Search cases, messages and subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pretraži predmete, poruke i subjekte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Navigation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navigacija</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="80"/>
        <source>Choose a list: Inbox, Awaiting reply, Alerts, Cases, Drafts, Outbox, Directory, Quarantine, Audit or Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite listu: Primljene, Čeka se odgovor, Upozorenja, Predmeti, Nacrti, Odlazne, Imenik, Karantin, Revizijski trag ili Za preispitivanje</translation>
    </message>
    <message>
        <source>Choose a list: Inbox, Cases, Alerts, Outbox, Directory, Quarantine, Audit or Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Izaberite listu: Primljene, Predmeti, Upozorenja, Odlazne, Imenik, Karantin, Revizijski trag ili Za preispitivanje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>List</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>Detail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94"/>
        <source>Select a message to read it here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite poruku da biste je ovde pročitali.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="90"/>
        <source>Liaison — {0} ({1})</source>
        <extracomment>the officer asked to lock (reason: &quot;user&quot;)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="215"/>
        <source>&amp;Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zaključaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="218"/>
        <source>&amp;Settings…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Podešavanja…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="229"/>
        <source>&amp;Quit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iz&amp;laz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="232"/>
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Poruka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="233"/>
        <source>New &amp;request…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novi &amp;zahtev…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="235"/>
        <source>Raise &amp;alert…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdaj &amp;upozorenje…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="238"/>
        <source>&amp;View</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;rikaz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="239"/>
        <source>&amp;Search</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;retraga</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="241"/>
        <source>Sync &amp;now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sinhronizuj &amp;sada</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="250"/>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Prečice na tastaturi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="255"/>
        <source>&amp;About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;O aplikaciji Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="266"/>
        <source>This view is not available in this build.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj prikaz nije dostupan u ovoj verziji.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="195"/>
        <location filename="../../liaison_app/gui/main_window.py" line="341"/>
        <source>{0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="332"/>
        <source>{0}: %n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n zapis za preispitivanje</numerusform>
            <numerusform>{0}: %n zapisa za preispitivanje</numerusform>
            <numerusform>{0}: %n zapisa za preispitivanje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="351"/>
        <location filename="../../liaison_app/gui/main_window.py" line="353"/>
        <source>{0}: %n unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n nepročitana</numerusform>
            <numerusform>{0}: %n nepročitane</numerusform>
            <numerusform>{0}: %n nepročitanih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="356"/>
        <source>{0}: %n request(s) not answered yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n zahtev još bez odgovora</numerusform>
            <numerusform>{0}: %n zahteva još bez odgovora</numerusform>
            <numerusform>{0}: %n zahteva još bez odgovora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="359"/>
        <source>{0}: %n draft(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n nacrt</numerusform>
            <numerusform>{0}: %n nacrta</numerusform>
            <numerusform>{0}: %n nacrta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="362"/>
        <source>{0}: %n refused by the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n odbijena od čvorišta</numerusform>
            <numerusform>{0}: %n odbijene od čvorišta</numerusform>
            <numerusform>{0}: %n odbijenih od čvorišta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="363"/>
        <source>({0}) {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>({0}) {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="437"/>
        <location filename="../../liaison_app/gui/main_window.py" line="446"/>
        <source>Not available</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije dostupno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="438"/>
        <location filename="../../liaison_app/gui/main_window.py" line="447"/>
        <source>Composing is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sastavljanje poruka nije dostupno u ovoj verziji. Obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="499"/>
        <source>About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O aplikaciji Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="500"/>
        <source>Liaison {0}
Signed, end-to-end encrypted requests and alerts between liaison officers.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison {0}
Potpisani zahtevi i upozorenja između oficira za vezu, šifrovani od kraja do kraja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="220"/>
        <source>&amp;Report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iz&amp;veštaj…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="224"/>
        <source>&amp;Export for carrier…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izvoz za kurira…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="226"/>
        <source>&amp;Import from carrier…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Uvoz od kurira…</translation>
    </message>
</context>
<context>
    <name>MessageAttachmentsForm</name>
    <message>
        <location filename="../../ui/message_attachments.ui" line="9"/>
        <source>Attachments of this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilozi ove poruke</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="20"/>
        <source>About the selected attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O izabranom prilogu</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="27"/>
        <source>&amp;View</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Prikaži</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="28"/>
        <source>Show the image (decrypted in memory only)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži sliku (dešifrovanu samo u memoriji)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="29"/>
        <source>View the image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži sliku</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="34"/>
        <source>&amp;Download</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pr&amp;euzmi</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="35"/>
        <source>Fetch it from the hub at the next sync (now, if online)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preuzmi sa čvorišta pri sledećoj sinhronizaciji (odmah, ako ste na mreži)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="36"/>
        <source>Download the attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preuzmi prilog</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="41"/>
        <source>Save &amp;as…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvaj &amp;kao…</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="42"/>
        <source>Write the file outside Liaison (asks why; recorded as an export)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upiši datoteku van Liaison-a (traži razlog; beleži se kao izvoz)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="43"/>
        <source>Save the attachment as a file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvaj prilog kao datoteku</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="66"/>
        <source>provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="67"/>
        <source>partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>delimično odgovoreno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="68"/>
        <source>refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>odbijeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="69"/>
        <source>clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>traženo pojašnjenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="70"/>
        <source>rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ispravka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="71"/>
        <source>withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>povlačenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="72"/>
        <source>being acted on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>u postupku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="93"/>
        <source>Yes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="93"/>
        <source>No</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="140"/>
        <source>Message detail</source>
        <extracomment>a message is on screen (id), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pojedinosti poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="231"/>
        <source>Cannot show the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruku nije moguće prikazati</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="242"/>
        <source>%1 from %2 (%3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 od %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="298"/>
        <source>%1 — %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">%1 — rok je istekao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="388"/>
        <source>not to be passed on without the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ne prosleđivati bez saglasnosti pružaoca podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="420"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="428"/>
        <source>%1, %2 %3, %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, %2 %3, %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="430"/>
        <source>from</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="431"/>
        <source>to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="440"/>
        <source>Conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prepiska</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="459"/>
        <source>Forwarding is not allowed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivanje nije dozvoljeno: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="463"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Mogu se prosleđivati samo zahtevi i upozorenja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="483"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="488"/>
        <source>Not available</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije dostupno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="484"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="489"/>
        <source>This action is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova radnja nije dostupna u ovoj verziji. Obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="112"/>
        <source>Also seen in another record: expand</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viđeno i u drugom zapisu: proširite</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="119"/>
        <source>case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>predmet %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="120"/>
        <source>no case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>bez predmeta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="122"/>
        <source>message from %1, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>poruka od %1, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="126"/>
        <source>Also seen: %1, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Viđeno i u: %1, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="355"/>
        <source>watch list %1 v%2, entry %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>lista za praćenje %1 v%2, unos %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="358"/>
        <source>held on this laptop (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>čuva se na ovom računaru (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="359"/>
        <source>Hit %1 — %2: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pogodak %1 — %2: %3</translation>
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
    <name>MessageNotes</name>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="38"/>
        <source>Recalled by the sender</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pošiljalac je opozvao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="39"/>
        <source>Restricted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograničeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="40"/>
        <source>Legal basis it was sent on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pravni osnov po kome je poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="41"/>
        <source>Follow-up of the request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Praćenje zahteva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="51"/>
        <source>Restricted: kept for evidence, hidden from the lists and from search.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograničeno: čuva se kao dokaz, skriveno u listama i pretrazi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="55"/>
        <source>Sent on: %1 — %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato po osnovu: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="63"/>
        <source>WITHDRAWN by its sender: do not use it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>POVUČENO od strane pošiljaoca: ne koristite.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="64"/>
        <source>RECTIFIED by its sender: use the corrected text.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISPRAVLJENO od strane pošiljaoca: koristite ispravljeni tekst.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="66"/>
        <source>%1, %2 withdrew it: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, %2 je povukao: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="67"/>
        <source>%1, %2 rectified it: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, %2 je ispravio: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="71"/>
        <source>Correction: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ispravka: %1</translation>
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
        <source>No partner agency has an enrolled device in your directory yet. Sync when connected to refresh the directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Nijedna partnerska služba još nema registrovan uređaj u Vašem imeniku. Sinhronizujte kada uspostavite vezu da biste osvežili imenik.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="146"/>
        <source>{when} local time ({utc} UTC) if queued now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{when} po lokalnom vremenu ({utc} UTC) ako se sada stavi u red za slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="83"/>
        <source>{0} — no device yet: the message waits for their directory entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} — još nema uređaja: poruka čeka njihov upis u imenik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="96"/>
        <source>No partner agency is in your directory yet. Sync when connected to refresh the directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U Vašem imeniku još nema partnerskih agencija. Sinhronizujte kada budete povezani da biste osvežili imenik.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="13"/>
        <source>Source. The figures are computed by this officer&apos;s Liaison client from its own encrypted cache alone: the requests, alerts and replies this office sent or received. Messages erased under the retention rules are no longer counted. Times are UTC.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvor. Podatke izračunava Liaison klijent ovog službenika isključivo iz sopstvenog šifrovanog keša: zahteva, upozorenja i odgovora koje je ova kancelarija poslala ili primila. Poruke obrisane po pravilima čuvanja više se ne računaju. Vremena su u UTC.</translation>
    </message>
    <message>
        <source>Period and partner. A message counts in the period when it was exchanged: for a message received here, when it arrived; for a message sent from here, when the hub accepted it (messages still queued count nowhere). A message sent to two partner agencies counts once for each in the per-partner rows, and once in the totals.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Period i partner. Poruka se računa u periodu kada je razmenjena: primljena poruka kada je stigla; poslata poruka kada ju je čvorište prihvatilo (poruke koje još čekaju ne računaju se nigde). Poruka poslata dvema partnerskim agencijama računa se jednom za svaku u redovima po partneru, a jednom u zbiru.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="25"/>
        <source>Replies by outcome. Each reply counts under the outcome its sender gave it: provided, partially provided, refused, or clarification requested.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovori po ishodu. Svaki odgovor se računa pod ishodom koji mu je dao pošiljalac: dostavljeno, delimično dostavljeno, odbijeno ili zatraženo pojašnjenje.</translation>
    </message>
    <message>
        <source>Response time. For a request received here: from its arrival to the moment the hub accepted this office&apos;s first reply. For a request sent from here: from the moment the hub accepted it to the time the partner signed its first reply. The first reply of any outcome ends the count, a request for clarification included.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Vreme odgovora. Za zahtev primljen ovde: od njegovog prijema do trenutka kada je čvorište prihvatilo prvi odgovor ove kancelarije. Za zahtev poslat odavde: od trenutka kada ga je čvorište prihvatilo do vremena kada je partner potpisao svoj prvi odgovor. Prvi odgovor bilo kog ishoda okončava računanje, uključujući zahtev za pojašnjenje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="36"/>
        <source>Limits. Directive (EU) 2023/977 Art. 5: urgent requests for directly available information, 8 hours; urgent requests for indirectly available information, 3 calendar days; any other request, 7 calendar days; counted in UTC from receipt.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rokovi. Direktiva (EU) 2023/977, čl. 5: hitni zahtevi za direktno dostupnim informacijama, 8 sati; hitni zahtevi za indirektno dostupnim informacijama, 3 kalendarska dana; svaki drugi zahtev, 7 kalendarskih dana; računa se po UTC od prijema.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="41"/>
        <source>Share within the limit. Requests answered within their limit, divided by the requests whose fate is known: those answered plus those unanswered past their limit. Requests still unanswered and within their limit are shown as pending and left out.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Udeo u roku. Zahtevi odgovoreni u svom roku, podeljeni sa zahtevima čiji je ishod poznat: odgovoreni plus oni bez odgovora s isteklim rokom. Zahtevi još bez odgovora a u roku prikazani su kao na čekanju i izostavljeni.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="46"/>
        <source>Median and 90th percentile. Of the response times of the answered requests, by linear interpolation between the closest ranks (the method of spreadsheets&apos; PERCENTILE.INC): the median of an even number of answers is the mean of the two middle ones.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Medijana i 90. percentil. Vremena odgovora na odgovorene zahteve, linearnom interpolacijom između najbližih rangova (metod funkcije PERCENTILE.INC u tabelama): medijana parnog broja odgovora je sredina dva srednja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="51"/>
        <source>Overdue now. Requests of the period that have no reply and whose limit passed before the figures were computed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sada prekoračeno. Zahtevi iz perioda bez odgovora čiji je rok istekao pre nego što su podaci izračunati.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="55"/>
        <source>Cases and outcomes. Cases recorded here opened or closed in the period; outcomes recorded on cases (arrests, charges, seizures...) whose date falls in the period. Amounts seized are added up per currency, never across currencies. With a partner chosen, only cases that hold a message exchanged with that partner count.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti i ishodi. Predmeti evidentirani ovde, otvoreni ili zatvoreni u periodu; ishodi evidentirani na predmetima (hapšenja, optužbe, oduzimanja...) čiji datum pada u period. Oduzeti iznosi sabiraju se po valuti, nikad preko valuta. Kada je izabran partner, računaju se samo predmeti koji sadrže poruku razmenjenu s tim partnerom.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="75"/>
        <source>Personal data. The report holds counts only. Names of subjects appear only in the annex, and only when the issuing officer asked for it with a justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lični podaci. Izveštaj sadrži samo brojeve. Imena subjekata pojavljuju se samo u prilogu, i samo kada ga je službenik koji izdaje zatražio uz obrazloženje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="18"/>
        <source>Period and partner. A message counts in the period when it was exchanged: for a message received here, when it arrived; for a message sent from here, when the hub accepted it or a carrier took it on removable media, whichever came first (messages still queued count nowhere). A message sent to two partner agencies counts once for each in the per-partner rows, and once in the totals.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Period i partner. Poruka se računa u periodu kada je razmenjena: primljena poruka kada je stigla; poslata poruka kada ju je čvorište prihvatilo ili kada ju je kurir preuzeo na prenosivom mediju, šta je nastupilo ranije (poruke koje još čekaju ne računaju se nigde). Poruka poslata dvema partnerskim agencijama računa se jednom za svaku u redovima po partneru, a jednom u zbiru.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="29"/>
        <source>Response time. For a request received here: from its arrival to the moment the hub accepted this office&apos;s first reply. For a request sent from here: from the moment the hub accepted it (or a carrier took it) to the time the partner signed its first reply. The first reply of any outcome ends the count, a request for clarification included.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vreme odgovora. Za zahtev primljen ovde: od njegovog prijema do trenutka kada je čvorište prihvatilo prvi odgovor ove kancelarije. Za zahtev poslat odavde: od trenutka kada ga je čvorište prihvatilo (ili kurir preuzeo) do vremena kada je partner potpisao svoj prvi odgovor. Prvi odgovor bilo kog ishoda okončava računanje, uključujući zahtev za pojašnjenje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="61"/>
        <source>Cash in messages. The cash subjects (cash found or carried) of the messages exchanged in the period, added up per currency and never across currencies, apart for the messages received from partners and those sent from here. Cash reported again in a later message (a reply, a forward) counts again; the seizures recorded as outcomes are the figures above.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Gotovina u porukama. Subjekti tipa gotovina (pronađena ili prenošena gotovina) iz poruka razmenjenih u periodu, sabrani po valuti i nikada preko različitih valuta, odvojeno za poruke primljene od partnera i one poslate odavde. Gotovina ponovo prijavljena u kasnijoj poruci (odgovor, prosleđivanje) ponovo se računa; zaplene evidentirane kao ishodi su brojke iznad.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="68"/>
        <source>Cross-check hits. Hits found when messages arrived in the period: a subject matched a watch-list entry, or a person, account or wallet already held here in another message; strong hits are those the officer was notified of. With a partner chosen, only messages received from that partner count. Checks run at the booth are consultations and are not counted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pogoci unakrsne provere. Pogoci pronađeni pri prijemu poruka u periodu: subjekt se poklopio sa stavkom liste za praćenje ili sa osobom, računom ili novčanikom koji se ovde već čuvaju u drugoj poruci; jaki pogoci su oni o kojima je službenik obavešten. Kada je izabran partner, računaju se samo poruke primljene od tog partnera. Provere na šalteru su uvidi i ne računaju se.</translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="9"/>
        <source>Monitoring the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Praćenje zajedničke akcije</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="11"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Praćenje</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="16"/>
        <source>&amp;Period:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="17"/>
        <source>Period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="18"/>
        <location filename="../../ui/page_monitoring.ui" line="20"/>
        <source>yyyy-MM-dd</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="18"/>
        <source>First day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prvi dan perioda</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="19"/>
        <source>to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="20"/>
        <source>Last day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednji dan perioda</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="21"/>
        <source>P&amp;artner:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="22"/>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Partnerska agencija</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="24"/>
        <source>&amp;Report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izveštaj…</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="24"/>
        <source>Make the working group&apos;s report from these figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napravi izveštaj radne grupe iz ovih podataka</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="31"/>
        <source>Where the figures come from</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odakle potiču podaci</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="40"/>
        <source>Requests, alerts and replies exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razmenjeni zahtevi, upozorenja i odgovori</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Messages exchanged per partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razmenjene poruke po partnerskoj agenciji</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Requests sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslati zahtevi</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Requests received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeni zahtevi</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Alerts sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslata upozorenja</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Alerts received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljena upozorenja</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Replies sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslati odgovori</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Replies received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeni odgovori</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="42"/>
        <source>Chart: requests and alerts per partner and month</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Grafikon: zahtevi i upozorenja po partneru i mesecu</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="43"/>
        <source>Response times against the legal limits (Directive (EU) 2023/977)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vreme odgovora u odnosu na zakonske rokove (Direktiva (EU) 2023/977)</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Response times per urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vreme odgovora po klasi hitnosti</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Answered by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovorio</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Urgency (limit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitnost (rok)</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Requests</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtevi</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovoreno</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Median</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Medijana</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>90th percentile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>90. percentil</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Within the limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U roku</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Late</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kasno</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prekoračeno</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Pending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="47"/>
        <source>Time to the first reply, answered &amp;by:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vreme do prvog odgovora, odgovorili &amp;su:</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="48"/>
        <source>Whose answers the chart shows</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čije odgovore grafikon prikazuje</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="52"/>
        <source>Chart: response times against the 8 h, 3 d and 7 d limits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Grafikon: vreme odgovora u odnosu na rokove od 8 h, 3 d i 7 d</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="53"/>
        <source>Replies by outcome, and what is overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovori po ishodu i šta je sada prekoračeno</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Replies by outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovori po ishodu</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Given by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dala ova kancelarija</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Received from partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeni od partnera</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Requests overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtevi sada prekoračeni</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Reply owed by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor duguje</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="60"/>
        <source>Cases and outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti i ishodi</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="61"/>
        <source>Cases opened and closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvoreni i zatvoreni predmeti</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Outcomes recorded in the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishodi evidentirani u periodu</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Records</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapisi</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Count</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iznos</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="63"/>
        <source>Cash found or carried, as reported in the messages exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pronađena ili prenošena gotovina, kako je prijavljena u razmenjenim porukama</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="64"/>
        <source>Cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pogoci unakrsne provere pri prijemu</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="65"/>
        <source>Cross-check hits found when messages arrived</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pogoci unakrsne provere pronađeni pri prijemu poruka</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="59"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Praćenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="87"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="226"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="240"/>
        <source>This office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova kancelarija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="88"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="226"/>
        <source>Partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="113"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sve partnerske agencije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="188"/>
        <source>Cannot compute the figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podatke nije moguće izračunati</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="192"/>
        <source>Computed at %1 UTC from this computer&apos;s cache alone (what this office sent and received); counts only, no personal data.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izračunato u %1 UTC samo iz keša ovog računara (ono što je ova kancelarija poslala i primila); samo brojevi, bez ličnih podataka.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="200"/>
        <source>No requests or alerts in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema zahteva ni upozorenja u ovom periodu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="213"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="232"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema zahteva u ovom periodu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="220"/>
        <source>Total (each message once)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukupno (svaka poruka jednom)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="240"/>
        <source>Partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="243"/>
        <source>Nothing is overdue.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa nije prekoračeno.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="244"/>
        <source>Cases opened: %1 · closed: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvoreno predmeta: %1 · zatvoreno: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="254"/>
        <source>No outcomes recorded in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema ishoda evidentiranih u ovom periodu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="267"/>
        <source>received from partners: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>primljeno od partnera: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="268"/>
        <source>sent by this office: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>poslato iz ove kancelarije: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="269"/>
        <source>%1 (cash subjects: %2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (subjekata tipa gotovina: %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="275"/>
        <source>Cash found or carried, as reported in the messages exchanged — %1.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pronađena ili prenošena gotovina, kako je prijavljena u razmenjenim porukama — %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="277"/>
        <source>No cash reported in the messages exchanged in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U porukama razmenjenim u ovom periodu nije prijavljena gotovina.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="280"/>
        <source>Against the watch lists: %1 · in the records held here: %2 · strong (notified): %3 · messages with a hit: %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prema listama za praćenje: %1 · u zapisima na ovom računaru: %2 · jaki (uz obaveštenje): %3 · poruke sa pogotkom: %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="77"/>
        <source>No request, alert or reply was exchanged in this period. Each partner agency appears here with what was sent and received, how fast it was answered and what came of it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom periodu nije razmenjen nijedan zahtev, upozorenje ni odgovor. Ovde se prikazuje svaka partnerska agencija: šta je poslato i primljeno, koliko brzo je odgovoreno i šta je iz toga proizašlo.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="112"/>
        <source>Inbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljene</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="115"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="114"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="113"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čeka se odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="116"/>
        <source>Drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="117"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odlazne</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="119"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="122"/>
        <source>Quarantine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Karantin</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="123"/>
        <source>Audit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Revizijski trag</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="125"/>
        <source>Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za preispitivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="118"/>
        <source>Check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="120"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Praćenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="124"/>
        <source>Transfers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prenosi podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="121"/>
        <source>Operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Operacije</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Immediate alert from {0}</source>
        <extracomment>emitted for every notification shown: (how, title, text); how = &quot;tray&quot; | &quot;banner&quot; the officer clicked the tray message: message id of the newest alert</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Neodložno upozorenje od {0}</translation>
    </message>
    <message>
        <source>Urgent alert from {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Hitno upozorenje od {0}</translation>
    </message>
    <message>
        <source>{0} new urgent alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Novih hitnih upozorenja: {0}</translation>
    </message>
    <message>
        <source>Newest, from {0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Najnovije, od {0}: {1}</translation>
    </message>
    <message>
        <source>Case {0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Predmet {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="52"/>
        <source>%n new urgent alert(s)</source>
        <extracomment>emitted for every notification shown: (how, title, text); how = &quot;tray&quot; | &quot;banner&quot; the officer clicked the tray message: message id of the newest alert</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n novo hitno upozorenje</numerusform>
            <numerusform>%n nova hitna upozorenja</numerusform>
            <numerusform>%n novih hitnih upozorenja</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="54"/>
        <source>Immediate alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neodložno upozorenje od %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="55"/>
        <source>Urgent alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitno upozorenje od %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="66"/>
        <source>Open Liaison to read it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvorite Liaison da biste ga pročitali.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="76"/>
        <source>Liaison — %n unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Liaison — %n nepročitana</numerusform>
            <numerusform>Liaison — %n nepročitane</numerusform>
            <numerusform>Liaison — %n nepročitanih</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="88"/>
        <source>Watch-list hit on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pogodak na listi za praćenje pri prijemu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="89"/>
        <source>%n cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n pogodak unakrsne provere pri prijemu</numerusform>
            <numerusform>%n pogotka unakrsne provere pri prijemu</numerusform>
            <numerusform>%n pogodaka unakrsne provere pri prijemu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="91"/>
        <source>records on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>zapise na ovom računaru</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="92"/>
        <source>A subject of a message just received matches %1 (score %2). Open the message to see why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt upravo primljene poruke odgovara: %1 (ocena %2). Otvorite poruku da vidite zašto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="96"/>
        <source>%n messages just received have subjects on a watch list or already held. Open them to see why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n upravo primljena poruka ima subjekte sa liste za praćenje ili već poznate. Otvorite je da vidite zašto.</numerusform>
            <numerusform>%n upravo primljene poruke imaju subjekte sa liste za praćenje ili već poznate. Otvorite ih da vidite zašto.</numerusform>
            <numerusform>%n upravo primljenih poruka ima subjekte sa liste za praćenje ili već poznate. Otvorite ih da vidite zašto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="98"/>
        <source>%1: %2 (score %3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1: %2 (ocena %3)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="33"/>
        <source>None</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bez oznake</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="34"/>
        <source>Europol H0</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Europol H0</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="36"/>
        <source>Europol H1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Europol H1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="38"/>
        <source>Europol H2 (no onward sharing)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Europol H2 (bez daljeg deljenja)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="40"/>
        <source>UK P</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>UK P</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="89"/>
        <source>Propose a joint operation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predloži zajedničku operaciju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="90"/>
        <source>&amp;Propose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Predloži</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="93"/>
        <source>e.g. OP-HORGOS-26</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. OP-HORGOS-26</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="104"/>
        <source>One objective a line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jedan cilj po redu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="109"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Oznaka:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="110"/>
        <source>&amp;Title:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="111"/>
        <source>P&amp;artners:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;artneri:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="112"/>
        <source>&amp;Objectives:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ciljevi:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="113"/>
        <source>&amp;Handling:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Postupanje:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="141"/>
        <source>Add a task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodaj zadatak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="141"/>
        <source>&amp;Add</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="153"/>
        <source>&amp;Task:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zadatak:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="154"/>
        <source>&amp;For agency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Za službu:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="155"/>
        <source>D&amp;ue:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="156"/>
        <source>De&amp;tails:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>De&amp;talji:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="171"/>
        <source>Record a decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zabeleži odluku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="172"/>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="199"/>
        <source>&amp;Record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zabeleži</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="175"/>
        <source>e.g. controlled delivery at Horgoš on 12 March</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>npr. kontrolisana isporuka na Horgošu 12. marta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="182"/>
        <source>&amp;Decision:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Odluka:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="183"/>
        <source>&amp;Decided on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Odlučeno dana:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="198"/>
        <source>Record an outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zabeleži rezultat</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="212"/>
        <source>&amp;Outcome:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Rezultat:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="213"/>
        <source>&amp;How many:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Koliko:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="214"/>
        <source>&amp;On:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Dana:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="215"/>
        <source>&amp;Note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Napomena:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="216"/>
        <source>Cash and assets seized are recorded with their amount on the case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaplenjen novac i imovina beleže se sa iznosom u predmetu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="50"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="63"/>
        <source>Proposed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predložena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="51"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="64"/>
        <source>Agreed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dogovorena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="52"/>
        <source>Active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Aktivna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="53"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="67"/>
        <source>Concluded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Završena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="56"/>
        <source>Invited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pozvana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="57"/>
        <source>Taking part</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Učestvuje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="58"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="65"/>
        <source>Declined</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbila</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="59"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="66"/>
        <source>Left</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Povukla se</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="60"/>
        <source>Not named</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije navedena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="68"/>
        <source>Consent to share with</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Saglasnost za deljenje sa</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="69"/>
        <source>Shared item</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podeljena stavka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="70"/>
        <source>Decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odluka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="71"/>
        <source>Task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadatak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="72"/>
        <source>Task done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadatak izvršen</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="73"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="76"/>
        <source>Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="77"/>
        <source>Done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvršen</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="78"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prekoračen rok</translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="107"/>
        <source>Joint operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zajedničke operacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="114"/>
        <source>&amp;Propose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Predloži…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="115"/>
        <source>&amp;Agree</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pr&amp;ihvati</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="116"/>
        <source>Dec&amp;line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O&amp;dbij</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="117"/>
        <source>Add &amp;task…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodaj &amp;zadatak…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="118"/>
        <source>Mark task d&amp;one</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadatak iz&amp;vršen</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="119"/>
        <source>&amp;Decision…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Odluka…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="120"/>
        <source>O&amp;utcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Rezultat…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oznaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>You</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>Agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Služba</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>Update</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izmena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="149"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Detalji</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="225"/>
        <source>Cannot show the operation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Operacija ne može da se prikaže</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="231"/>
        <source>Joint operation %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zajednička operacija %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="249"/>
        <source>Select an operation, or propose one to partner agencies.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite operaciju ili predložite novu partnerskim službama.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="256"/>
        <source>Objectives:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ciljevi:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="259"/>
        <source>Status: %1 · Lead: %2 · Handling: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status: %1 · Vodeća služba: %2 · Postupanje: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="261"/>
        <source>none</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nema</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="262"/>
        <source>Participants: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Učesnici: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="276"/>
        <source>%1 update(s) refused and kept aside: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbijenih izmena, sklonjenih u stranu: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="287"/>
        <source>For %1, due %2: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za %1, rok %2: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="290"/>
        <source>%1 (%2 subject(s))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (lica i predmeti: %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="300"/>
        <source>Not recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije zabeleženo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="356"/>
        <source>Choose a task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite zadatak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="357"/>
        <source>Select the task in the timeline first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prvo izaberite zadatak na vremenskoj liniji.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="75"/>
        <source>Record an outcome — %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Evidentiranje ishoda — %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="121"/>
        <source>Check %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Proverite %1: %2</translation>
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
        <location filename="../../liaison_app/gui/wizard.py" line="147"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pristupna fraza</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="148"/>
        <source>Step 2 of 3: protects the keys on this computer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Korak 2 od 3: štiti ključeve na ovom računaru.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="162"/>
        <source>weak</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>slaba</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="162"/>
        <source>fair</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>prihvatljiva</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="162"/>
        <source>good</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>dobra</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="162"/>
        <source>strong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>jaka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="164"/>
        <source>At least {0} characters; several words are best.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Najmanje {0} znakova; najbolje je nekoliko reči.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="167"/>
        <source>Too short: at least {0} characters.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prekratko: najmanje {0} znakova.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="169"/>
        <source>The two passphrases differ.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dve pristupne fraze se razlikuju.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="171"/>
        <source>Strength: {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jačina: {0}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="173"/>
        <source>Add another word or two to make it stronger.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dodajte još jednu ili dve reči da bi bila jača.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="175"/>
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
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="54"/>
        <source>Envelopes that failed a check when they arrived. They were not opened or filed as messages, and nothing in them is shown; they are kept for IT to examine.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnice koje nisu prošle proveru kada su stigle. Nisu otvorene niti zavedene kao poruke i ništa iz njih se ne prikazuje; čuvaju se da ih IT služba pregleda.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="63"/>
        <source>Why it was refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zašto je odbijena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="80"/>
        <source>Nothing is in quarantine. When a received envelope fails a check (damaged, a signature that does not match, a sender not in your directory), it is kept here unopened, with the reason and what to do.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U karantinu nema ničega. Kada primljena omotnica ne prođe proveru (oštećena, potpis koji se ne poklapa, pošiljalac koji nije u vašem imeniku), čuva se ovde neotvorena, sa razlogom i uputstvom šta da uradite.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="88"/>
        <source>Select an envelope to see why it was refused and what to do.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite omotnicu da biste videli zašto je odbijena i šta da uradite.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="97"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="98"/>
        <source>What happened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta se desilo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="99"/>
        <source>What to do</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta da uradite</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="100"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="102"/>
        <source>Envelope</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Omotnica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="103"/>
        <source>Technical detail for IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tehnički podatak za IT</translation>
    </message>
</context>
<context>
    <name>ReasonFields</name>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="45"/>
        <source>Choose the legal basis…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite pravni osnov…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="51"/>
        <source>Optional: the last reason given in the case is recorded otherwise</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije obavezno: inače se beleži poslednji razlog dat u predmetu</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="330"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opoziv</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="336"/>
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
        <translation>Ispravljeni podaci ili &amp;napomena:</translation>
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
        <translation>Potpiši i &amp;stavi opoziv u red za slanje</translation>
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
        <location filename="../../liaison_app/gui/compose/actions.py" line="249"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="255"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Može se odgovoriti samo na poruku koju ste primili.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="262"/>
        <source>The information requested is given.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tražene informacije su dostavljene.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="263"/>
        <source>Part of it is given; say what is missing and why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dostavljen je deo; navedite šta nedostaje i zašto.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="264"/>
        <source>The request is refused; give the grounds (refusals are recorded, Directive (EU) 2023/977 Art. 16).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtev je odbijen; navedite razloge (odbijanja se evidentiraju, Direktiva (EU) 2023/977, član 16).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="266"/>
        <source>More detail is needed before answering; say what is needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pre odgovora su potrebne dodatne pojedinosti; navedite šta je potrebno.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="270"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="271"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Delimično dostavljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="272"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="273"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Traženo pojašnjenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="292"/>
        <source>&amp;Reason (required):</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog (obavezno):</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="293"/>
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
    <name>Report</name>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="57"/>
        <source>%1 %2: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="66"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="306"/>
        <source>Conditions: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="68"/>
        <source>Conditions: %1 …</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi: %1 …</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="71"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="308"/>
        <source>Not to be passed on without the provider&apos;s consent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ne sme se prosleđivati bez saglasnosti davaoca.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="75"/>
        <source>Also in this file: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Takođe u ovom dosijeu: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="85"/>
        <source>no handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>bez oznake postupanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="92"/>
        <source>HANDLING — highest in this file: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>POSTUPANJE — najviša oznaka u ovom dosijeu: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="100"/>
        <source>%1 message(s) carry no handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 poruka bez oznake postupanja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="106"/>
        <source>No message in this file carries a handling code; handle it under your agency&apos;s rules for law-enforcement information.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nijedna poruka u ovom dosijeu nema oznaku postupanja; postupajte po pravilima svoje agencije za policijske informacije.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="124"/>
        <source>Case hand-over file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dosije predmeta za predaju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="126"/>
        <source>1. Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1. Sažetak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="131"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="203"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="132"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="133"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oblast kriminala</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="134"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="350"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="135"/>
        <source>Opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="136"/>
        <source>Closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="137"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preispitivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="139"/>
        <source>Messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="140"/>
        <source>%1 reproduced in full (section 7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, u celini (odeljak 7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="144"/>
        <source>; %1 acknowledgement(s) not reproduced</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>; %1 potvrda nije preneto</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="151"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="152"/>
        <source>Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishodi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="153"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomene</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="158"/>
        <source>Issued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="161"/>
        <source>By</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="162"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="55"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="63"/>
        <source>Agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Agencija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="163"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uređaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="164"/>
        <source>At</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vreme</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="165"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svrha</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="167"/>
        <source>Verification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="168"/>
        <source>The file is signed by the issuing officer&apos;s device: its signature is the file of the same name ending in .sig. Check both with: liaison report verify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteku je potpisao uređaj službenika koji je izdaje: potpis je datoteka istog imena sa završetkom .sig. Proverite obe komandom: liaison report verify</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="182"/>
        <source>2. Handling of this file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>2. Postupanje s ovim dosijeom</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="184"/>
        <source>The conditions set by the providers travel with the information and bind every recipient of this file. Each message in section 7 shows its own grading and handling; the banner on every page shows the highest.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uslovi koje su postavili davaoci prate informacije i obavezuju svakog primaoca ovog dosijea. Svaka poruka u odeljku 7 prikazuje sopstvenu ocenu i postupanje; traka na svakoj strani prikazuje najvišu oznaku.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="198"/>
        <source>3. References in other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>3. Reference u drugim sistemima</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="200"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="213"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="286"/>
        <source>None recorded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa nije evidentirano.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="203"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="211"/>
        <source>4. Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>4. Ishodi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="217"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="218"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="124"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="251"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="268"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="64"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="219"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="253"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="65"/>
        <source>Count</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="220"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="271"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="288"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Iznos</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="221"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napomena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="233"/>
        <source>5. Timeline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>5. Hronologija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="237"/>
        <source>Case opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet otvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="239"/>
        <source>Case closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet zatvoren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="242"/>
        <source>Outcome: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ishod: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="248"/>
        <source>received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="250"/>
        <source>sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="258"/>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="259"/>
        <source>Event</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Događaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="260"/>
        <source>Partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="261"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sažetak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="284"/>
        <source>6. Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>6. Subjekti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="293"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="303"/>
        <source>none given</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije navedeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="317"/>
        <source>%1. %2 — received %3 from %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1. %2 — primljeno %3 od %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="323"/>
        <source>%1. %2 — sent %3 to %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1. %2 — poslato %3 za %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="337"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="338"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Postupanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="339"/>
        <source>Message id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ID poruke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="340"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="341"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="342"/>
        <source>Signed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpisano</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="345"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="347"/>
        <source>Reply due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok za odgovor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="349"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="353"/>
        <source>In reply to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor na</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="356"/>
        <source>Text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="357"/>
        <source>(no text)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(bez teksta)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="360"/>
        <source>Subjects carried by this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti koje nosi ova poruka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="370"/>
        <source>7. Messages, oldest first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>7. Poruke, od najstarije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="372"/>
        <source>None.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="394"/>
        <source>… the rest of the handling conditions: section 2 of this file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>… ostatak uslova postupanja: odeljak 2 ovog dosijea.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="420"/>
        <source>Case hand-over file %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dosije predmeta za predaju %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="440"/>
        <source>End of the hand-over file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kraj dosijea za predaju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="446"/>
        <source>Handling: %1 (conditions in the header) · Case %2 · issued by %3 (%4), %5 · %6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Postupanje: %1 (uslovi u zaglavlju) · Predmet %2 · izdao %3 (%4), %5 · %6</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="483"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="440"/>
        <source>Page %1 of %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Strana %1 od %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="34"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sve partnerske agencije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="41"/>
        <source>Monitoring the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Praćenje zajedničke akcije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="43"/>
        <source>Figures for the working group, with the method used to compute them.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci za radnu grupu, s metodom kojim su izračunati.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="52"/>
        <source>Period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="53"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="77"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="218"/>
        <source>Partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Partnerska agencija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="54"/>
        <source>Issued by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="56"/>
        <source>Computed at</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izračunato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="58"/>
        <source>Method</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Liaison monitoring method %1 (section 8)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Liaison metod praćenja %1 (odeljak 8)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="64"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lični podaci</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="65"/>
        <source>Included: the annex names subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uključeno: prilog navodi subjekte</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="67"/>
        <source>None: counts only</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema: samo brojevi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="76"/>
        <source>1. Requests, alerts and replies exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1. Razmenjeni zahtevi, upozorenja i odgovori</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="80"/>
        <source>Requests sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslati zahtevi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="81"/>
        <source>Requests received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeni zahtevi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="82"/>
        <source>Alerts sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslata upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="83"/>
        <source>Alerts received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljena upozorenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="84"/>
        <source>Replies sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslati odgovori</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="85"/>
        <source>Replies received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeni odgovori</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="109"/>
        <source>Total (each message once)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukupno (svaka poruka jednom)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="112"/>
        <source>Requests and alerts per partner agency and month (both ways)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtevi i upozorenja po partnerskoj agenciji i mesecu (u oba smera)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="121"/>
        <source>2. Replies by outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>2. Odgovori po ishodu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="125"/>
        <source>Given by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dala ova kancelarija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="126"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="298"/>
        <source>Received from partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Primljeni od partnera</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="136"/>
        <source>This office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova kancelarija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="138"/>
        <source>Partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="143"/>
        <source>3. Response times against the legal limits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>3. Vreme odgovora u odnosu na zakonske rokove</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="145"/>
        <source>Directive (EU) 2023/977 Art. 5: urgent with information directly available 8 hours, urgent with information indirectly available 3 calendar days, any other request 7 calendar days.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Direktiva (EU) 2023/977, čl. 5: hitno s direktno dostupnim informacijama 8 sati, hitno s indirektno dostupnim informacijama 3 kalendarska dana, svaki drugi zahtev 7 kalendarskih dana.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="155"/>
        <source>Answered by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovorio</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="156"/>
        <source>Urgency (limit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Hitnost (rok)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="157"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="220"/>
        <source>Requests</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtevi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="158"/>
        <source>Answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovoreno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="159"/>
        <source>Median</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Medijana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="160"/>
        <source>90th percentile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>90. percentil</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="161"/>
        <source>Late</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kasno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="162"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prekoračeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="163"/>
        <source>Pending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="164"/>
        <source>Within the limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U roku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="184"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema zahteva u ovom periodu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="186"/>
        <source>Requests answered by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtevi na koje je odgovorila ova kancelarija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="187"/>
        <source>Requests answered by partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtevi na koje su odgovorili partneri</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="190"/>
        <source>%1: time to the first reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1: vreme do prvog odgovora</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="205"/>
        <source>4. Overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>4. Sada prekoračeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="207"/>
        <source>Requests of the period without a reply and past their limit at %1.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zahtevi iz perioda bez odgovora i s isteklim rokom u %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="214"/>
        <source>Nothing is overdue.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa nije prekoračeno.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="219"/>
        <source>Reply owed by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovor duguje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="236"/>
        <source>5. Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>5. Predmeti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="239"/>
        <source>Cases opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvoreni predmeti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="240"/>
        <source>Cases closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvoreni predmeti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="245"/>
        <source>6. Outcomes of the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>6. Ishodi zajedničke akcije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="247"/>
        <source>No outcomes recorded in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema ishoda evidentiranih u ovom periodu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="252"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="270"/>
        <source>Records</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapisi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="261"/>
        <source>7. Amounts seized (per currency, never added across currencies)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>7. Oduzeti iznosi (po valuti, nikad sabrani preko valuta)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="269"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="286"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>8. Method</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">8. Metod</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="330"/>
        <source>Annex: cases of the period and their subjects (personal data)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilog: predmeti perioda i njihovi subjekti (lični podaci)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="335"/>
        <source>Included at the issuing officer&apos;s request; the export is recorded in the audit log with its justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Uključeno na zahtev službenika koji izdaje; izvoz je zabeležen u revizijskom tragu s obrazloženjem.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="346"/>
        <source>No subjects recorded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema evidentiranih subjekata.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="372"/>
        <source>Liaison monitoring report %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison izveštaj o praćenju %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="381"/>
        <source>Contains personal data (annex): handle under your data-protection rules</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sadrži lične podatke (prilog): postupajte po svojim pravilima o zaštiti podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="385"/>
        <source>Aggregate figures — no personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zbirni podaci — bez ličnih podataka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="387"/>
        <source>Liaison — Monitoring report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Izveštaj o praćenju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="390"/>
        <source>Issued by %1 (%2), %3 · computed %4 · verify with the signature beside this file: liaison report verify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izdao %1 (%2), %3 · izračunato %4 · proverite potpisom pored ove datoteke: liaison report verify</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="98"/>
        <source>%1 d %2 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="100"/>
        <source>%1 h %2 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="101"/>
        <source>%1 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="109"/>
        <source>%1 % (%2 of %3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 % (%2 od %3)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="59"/>
        <source>Liaison monitoring method %1 (section 9)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison metod praćenja %1 (odeljak 9)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="279"/>
        <source>Cash found or carried, as reported in the messages exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pronađena ili prenošena gotovina, kako je prijavljena u razmenjenim porukama</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="285"/>
        <source>Reported in messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prijavljeno u porukama</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="287"/>
        <source>Cash subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti tipa gotovina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="300"/>
        <source>Sent by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato iz ove kancelarije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="305"/>
        <source>8. Cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>8. Pogoci unakrsne provere pri prijemu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="309"/>
        <source>Hits against the watch lists</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pogoci prema listama za praćenje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="310"/>
        <source>Hits in the records held here</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pogoci u zapisima na ovom računaru</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="311"/>
        <source>Strong hits (the officer was notified)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Jaki pogoci (službenik je obavešten)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="312"/>
        <source>Messages with a hit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke sa pogotkom</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="320"/>
        <source>9. Method</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>9. Metod</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="16"/>
        <source>invited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>pozvana</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="17"/>
        <source>taking part</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>učestvuje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="18"/>
        <source>declined</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>odbila</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="19"/>
        <source>left</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>povukla se</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="20"/>
        <source>proposed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>predložena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="21"/>
        <source>agreed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>dogovorena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="22"/>
        <source>active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>aktivna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="23"/>
        <source>concluded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>završena</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="30"/>
        <source>9. Joint operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>9. Zajedničke operacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="31"/>
        <source>Computed from each operation&apos;s shared record of signed updates: every participant&apos;s report shows the same figures.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izračunato iz zajedničkog zapisa potpisanih izmena svake operacije: izveštaj svakog učesnika prikazuje iste brojke.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="45"/>
        <source>Lead, status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vodeća služba, status</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="47"/>
        <source>Participants</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Učesnici</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="48"/>
        <source>Objectives</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ciljevi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="49"/>
        <source>Tasks</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadaci</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="49"/>
        <source>%1 in all, %2 done, %3 overdue on %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ukupno %1, izvršeno %2, prekoračen rok %3 na dan %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="53"/>
        <source>Decisions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odluke</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="54"/>
        <source>Agreement after</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prihvatanje posle</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="55"/>
        <source>Tasks done after</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadaci izvršeni posle</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="61"/>
        <source>All agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sve službe</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="46"/>
        <source>This quarter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj kvartal</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="47"/>
        <source>Last quarter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prošli kvartal</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="48"/>
        <source>This year</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova godina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="49"/>
        <source>Last year</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prošla godina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="50"/>
        <source>Last 12 months</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednjih 12 meseci</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="51"/>
        <source>Chosen dates</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izabrani datumi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="80"/>
        <source>Report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izveštaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="81"/>
        <source>Make a report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napravite izveštaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="106"/>
        <source>Make &amp;report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napravi &amp;izveštaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="133"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sve partnerske agencije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="141"/>
        <source>PDF (charts, for the meeting)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PDF (grafikoni, za sastanak)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="142"/>
        <source>CSV (figures, for a spreadsheet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>CSV (podaci, za tabelu)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="188"/>
        <source>Required: why it is exported, and to whom</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obavezno: zašto se izvozi i kome</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="191"/>
        <source>The file holds personal data. It is signed by this device and the export is written to the audit log with your justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka sadrži lične podatke. Potpisana je ovim uređajem, a izvoz se upisuje u revizijski trag s vašim obrazloženjem.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="195"/>
        <source>Optional: e.g. working group meeting of 15 April</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Neobavezno: npr. sastanak radne grupe od 15. aprila</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="197"/>
        <source>The report holds counts only, no personal data. It is signed by this device and the export is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izveštaj sadrži samo brojeve, bez ličnih podataka. Potpisan je ovim uređajem, a izvoz se upisuje u revizijski trag.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="215"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="216"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>CSV datoteke (*.csv)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="217"/>
        <source>Save the report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvajte izveštaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="235"/>
        <source>Choose where to save the report.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite gde da se sačuva izveštaj.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="255"/>
        <source>Drawing the report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izrada izveštaja…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="261"/>
        <source>The profile locked while the report was drawn; nothing was saved.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Profil se zaključao dok je izveštaj izrađivan; ništa nije sačuvano.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="271"/>
        <source>Saved %1 and its signature %2. The export is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvano: %1 i njegov potpis %2. Izvoz je u revizijskom tragu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="278"/>
        <source>The report could not be drawn: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izveštaj nije mogao da se izradi: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="328"/>
        <source>Choose the case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite predmet.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../ui/report_dialog.ui" line="9"/>
        <source>&amp;Monitoring report for the working group</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izveštaj o praćenju &amp;za radnu grupu</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="11"/>
        <source>Monitoring report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izveštaj o praćenju</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="16"/>
        <source>Figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="18"/>
        <source>&amp;Period:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="19"/>
        <source>Period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="20"/>
        <source>&amp;From:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="23"/>
        <location filename="../../ui/report_dialog.ui" line="25"/>
        <source>yyyy-MM-dd</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="23"/>
        <source>First day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prvi dan perioda</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="24"/>
        <source>&amp;to:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="25"/>
        <source>Last day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednji dan perioda</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="28"/>
        <source>P&amp;artner:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="29"/>
        <source>Partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Partnerska agencija</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="30"/>
        <source>F&amp;ormat:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="31"/>
        <source>File format</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Format datoteke</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="32"/>
        <source>&amp;Name the subjects in an annex (personal data: needs a justification)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Navedi subjekte u prilogu (lični podaci: potrebno je obrazloženje)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="32"/>
        <source>Name the subjects in an annex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedi subjekte u prilogu</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="38"/>
        <source>&amp;Hand-over file of a case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dosi&amp;je predmeta za predaju</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="39"/>
        <source>Hand-over file of a case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dosije predmeta za predaju</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="44"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="46"/>
        <source>&amp;Case:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pr&amp;edmet:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="47"/>
        <source>Case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oznaka predmeta</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="53"/>
        <source>&amp;Justification:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obraz&amp;loženje:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="54"/>
        <source>Justification for the export</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrazloženje izvoza</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="55"/>
        <source>&amp;Save to:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Sačuvaj u:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="58"/>
        <source>File to save the report to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka u koju se čuva izveštaj</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="59"/>
        <source>&amp;Browse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>P&amp;regledaj…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="59"/>
        <source>Choose the file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izaberite datoteku</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="68"/>
        <source>What the export records</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta izvoz beleži</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="74"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Napredak</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="82"/>
        <source>Result</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rezultat</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="280"/>
        <source>Re&amp;ason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="281"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="283"/>
        <source>Lift a restriction</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ukidanje ograničenja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="284"/>
        <source>&amp;Lift</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ukini</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="285"/>
        <source>Show %1 %2 — %3 again in the lists and in search</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ponovo prikaži %1 %2 — %3 u listama i pretrazi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="287"/>
        <source>Restrict instead of erasing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograničiti umesto brisanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="288"/>
        <source>&amp;Restrict</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ograniči</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="289"/>
        <source>Restrict %1 %2 — %3: kept for evidence, hidden from the lists and from search, never erased automatically (a case takes its messages and subjects with it)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograniči %1 %2 — %3: čuva se kao dokaz, skriveno u listama i pretrazi, nikad se ne briše automatski (predmet povlači i svoje poruke i subjekte)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="307"/>
        <source>Shown again: %1 %2. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ponovo prikazano: %1 %2. Vaš razlog je u revizijskom dnevniku.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="311"/>
        <source>Restricted %1 %2: kept for evidence and hidden. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograničeno: %1 %2, čuva se kao dokaz i skriveno je. Vaš razlog je u revizijskom dnevniku.</translation>
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
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="135"/>
        <source>%n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n zapis za preispitivanje</numerusform>
            <numerusform>%n zapisa za preispitivanje</numerusform>
            <numerusform>%n zapisa za preispitivanje</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="136"/>
        <source>Nothing is due for review.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema zapisa za preispitivanje.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="170"/>
        <source>Due today</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok je danas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="171"/>
        <source>%n day(s) overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Rok je istekao pre %n dan</numerusform>
            <numerusform>Rok je istekao pre %n dana</numerusform>
            <numerusform>Rok je istekao pre %n dana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="174"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="175"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>A whole case cannot be erased here. Keep it with a reason, or press Enter to open the case and review its subjects and messages.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Ceo predmet se ovde ne može obrisati. Zadržite ga uz navođenje razloga ili pritisnite Enter da biste otvorili predmet i preispitali njegove subjekte i poruke.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="246"/>
        <source>No message carries this subject.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nijedna poruka ne sadrži ovaj subjekt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="247"/>
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
        <source>Personal data is reviewed when its review date comes. Keep a record until a new review date, or erase it. Each decision is written to the audit log with your reason.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Podaci o ličnosti se preispituju kada dospe datum preispitivanja. Zadržite zapis do novog datuma preispitivanja ili ga obrišite. Svaka odluka se upisuje u revizijski trag zajedno sa Vašim razlogom.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="34"/>
        <source>How many records are due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj zapisa za preispitivanje</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="51"/>
        <source>&amp;Keep until…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Zadrži do…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="52"/>
        <source>Keep the selected record until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zadrži izabrani zapis do novog datuma preispitivanja</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="58"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Obriši…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="59"/>
        <source>Erase the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obriši izabrani zapis</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="75"/>
        <source>Records due for review, oldest review date first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapisi za preispitivanje, najpre oni sa najstarijim datumom</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="80"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="81"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="82"/>
        <source>Label</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Oznaka</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="83"/>
        <source>Review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum preispitivanja</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="84"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rok je istekao</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="91"/>
        <source>About the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O izabranom zapisu</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="98"/>
        <source>Last decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednja odluka</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="106"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="131"/>
        <source>%n restricted record(s)</source>
        <extracomment>the decision dialog while it is open (tests fill it in)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n ograničen zapis</numerusform>
            <numerusform>%n ograničena zapisa</numerusform>
            <numerusform>%n ograničenih zapisa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="157"/>
        <source>Policy: records %1 days past their review date are erased only when you confirm; %n wait for you.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Pravilo: zapisi %1 dana posle datuma preispitivanja brišu se samo kad vi potvrdite; %n čeka na vas.</numerusform>
            <numerusform>Pravilo: zapisi %1 dana posle datuma preispitivanja brišu se samo kad vi potvrdite; %n čekaju na vas.</numerusform>
            <numerusform>Pravilo: zapisi %1 dana posle datuma preispitivanja brišu se samo kad vi potvrdite; %n čeka na vas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="160"/>
        <source>Policy: records %1 days past their review date are erased automatically (at unlock and daily) unless kept or restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pravilo: zapisi %1 dana posle datuma preispitivanja brišu se automatski (pri otključavanju i svakodnevno) osim ako su zadržani ili ograničeni.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="164"/>
        <source>Last run %1: %n erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Poslednje pokretanje %1: izbrisan %n.</numerusform>
            <numerusform>Poslednje pokretanje %1: izbrisana %n.</numerusform>
            <numerusform>Poslednje pokretanje %1: izbrisano %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="173"/>
        <source>Restricted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograničeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="174"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="175"/>
        <source>Draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="218"/>
        <source>&amp;Lift restriction…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ukini ograničenje…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="219"/>
        <location filename="../../ui/page_review.ui" line="65"/>
        <source>&amp;Restrict…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ogra&amp;niči…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="223"/>
        <source>Restricted on %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograničeno %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="227"/>
        <source>Erasing a case erases the messages and subjects filed only in it. Press Enter to open the case and review them first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Brisanjem predmeta brišu se poruke i subjekte zavedeni samo u njemu. Pritisnite Enter da otvorite predmet i prvo ih pregledate.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="230"/>
        <source>A message filed in no case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka koja nije zavedena ni u jednom predmetu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="233"/>
        <source>A draft nobody has edited since; reopen it from Drafts to go on with it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nacrt koji od tada niko nije menjao; otvorite ga iz Nacrta da nastavite.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="19"/>
        <source>Personal data is reviewed when its review date comes. Keep a record until a new review date, erase it, or restrict it (kept for evidence, hidden from the lists and search). Each decision is written to the audit log with your reason.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lični podaci se preispituju kad dođe datum preispitivanja. Zadržite zapis do novog datuma, izbrišite ga ili ga ograničite (čuva se kao dokaz, skriveno u listama i pretrazi). Svaka odluka se upisuje u revizijski trag sa vašim razlogom.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="26"/>
        <source>Automatic erasure under the retention policy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Automatsko brisanje po pravilu o čuvanju</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="44"/>
        <source>Show re&amp;stricted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži o&amp;graničene</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="45"/>
        <source>Records kept for evidence instead of being erased</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zapisi koji se čuvaju kao dokaz umesto da budu izbrisani</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="46"/>
        <source>Show the restricted records instead</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaži umesto toga ograničene zapise</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="66"/>
        <source>Keep it for evidence: hidden from the lists and from search, never erased automatically</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sačuvajte kao dokaz: skriveno u listama i pretrazi, nikad se ne briše automatski</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="67"/>
        <source>Restrict the selected record instead of erasing it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograniči izabrani zapis umesto brisanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="95"/>
        <source>Nothing is due for review. Cases and subjects whose review date has come appear here: keep each one longer with a reason, or erase it.</source>
        <extracomment>the list was re-read: how many records are due a decision was made and audited (what was done, in words) refreshed by the shell on ctx.data_changed (when shown, or when next shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa nije za preispitivanje. Ovde se pojavljuju predmeti i subjekti čiji je datum preispitivanja došao: svaki zadržite duže uz razlog ili ga obrišite.</translation>
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
        <location filename="../../liaison_app/gui/pages/search.py" line="56"/>
        <source>Search results</source>
        <extracomment>a subject&apos;s details are on screen (its ref)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rezultati pretrage</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="94"/>
        <source>Search failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pretraga nije uspela</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="98"/>
        <source>Cases (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmeti (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="101"/>
        <source>%1 messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="103"/>
        <source>Messages (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruke (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="108"/>
        <source>Subjects (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Subjekti (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="111"/>
        <source>personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>podaci o ličnosti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="147"/>
        <source>Nothing found for “%1”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa nije pronađeno za „%1“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="150"/>
        <source>“%1”: %2 cases, %3 messages, %4 subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„%1“: predmeta %2, poruka %3, subjekata %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/search.py" line="113"/>
        <source>in %n message(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>u %n poruci</numerusform>
            <numerusform>u %n poruke</numerusform>
            <numerusform>u %n poruka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="159"/>
        <source>Message %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka %1</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="213"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Odgovoriti se može samo na poruku koju ste primili.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="214"/>
        <source>Only a message you received can be acknowledged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potvrditi se može samo prijem poruke koju ste primili.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="215"/>
        <source>Only a message you sent can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opozvati se može samo poruka koju ste poslali.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="216"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivati se mogu samo zahtevi i upozorenja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="217"/>
        <source>Give a reason for opening this record (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite razlog za otvaranje ovog zapisa (bar nekoliko reči).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="219"/>
        <source>This device is not enrolled yet, so there is no directory of recipients. Connect and finish enrolment first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj uređaj još nije registrovan, pa nema imenika primalaca. Najpre se povežite i završite registraciju.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="222"/>
        <source>There is no message {message_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu nema poruke {message_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="223"/>
        <source>A Liaison profile already exists at {path}. Open it, or choose another profile directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Profil aplikacije Liaison već postoji u {path}. Otvorite ga ili izaberite drugu fasciklu za profil.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="225"/>
        <source>The hub did not list this device as active after enrolment. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište posle registracije nije navelo ovaj uređaj kao aktivan. Obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="227"/>
        <source>The hub answered with a directory that does not verify ({problem}). Do not use this hub; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Čvorište je odgovorilo imenikom koji ne prolazi proveru ({problem}). Ne koristite ovo čvorište; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="229"/>
        <source>No key file was found for this profile. Enrol this device or restore from backup; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za ovaj profil nije pronađena datoteka sa ključevima. Registrujte ovaj uređaj ili vratite rezervnu kopiju; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="231"/>
        <source>{count} message(s) still carry this subject. Erase those messages together with it, or keep the subject longer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Broj poruka koje još nose ovaj subjekt: {count}. Obrišite te poruke zajedno sa njim ili zadržite subjekt duže.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="234"/>
        <source>Give the reason for this retention decision (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite razlog za ovu odluku o čuvanju (bar nekoliko reči).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="236"/>
        <source>The new review date must be in the future.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novi datum preispitivanja mora biti u budućnosti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="237"/>
        <source>There is no subject {subject_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu nema subjekta {subject_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="251"/>
        <source>A check is a consultation of personal data: give the reason for it (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera je uvid u lične podatke: navedite razlog (bar nekoliko reči).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="253"/>
        <source>A message carries at most {count} attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka nosi najviše {count} priloga.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="254"/>
        <source>An attachment does not verify ({detail}); not forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilog ne prolazi proveru ({detail}); nije prosleđeno.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="256"/>
        <source>Cannot read {name} ({error}). Check the file and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije moguće pročitati {name} ({error}). Proverite datoteku i pokušajte ponovo.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="258"/>
        <source>Cannot write {path} ({error}); choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije moguće upisati {path} ({error}); izaberite drugo mesto.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="259"/>
        <source>Case {case_ref} already has the {system} reference {reference}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet {case_ref} već ima {system} referencu {reference}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="261"/>
        <source>Case {case_ref} already has {count} references; remove one first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet {case_ref} već ima {count} referenci; prvo uklonite jednu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="263"/>
        <source>Case {case_ref} has no {system} reference {reference}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet {case_ref} nema {system} referencu {reference}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="265"/>
        <source>Case {case_ref} is restricted (kept for evidence); it is listed under Review due, Restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Predmet {case_ref} je ograničen (čuva se kao dokaz); naveden je pod Za preispitivanje, Ograničeno.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="267"/>
        <source>Could not write the report to {path} ({error}). Nothing was exported; choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izveštaj nije moguće upisati u {path} ({error}). Ništa nije izvezeno; izaberite drugo mesto.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="269"/>
        <source>Download the attachments first ({names}); a forward carries them.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prvo preuzmite priloge ({names}); prosleđena poruka ih nosi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="271"/>
        <source>Give something to check: a name, a plate with its country, a document number, an MRZ or a phone number.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Unesite šta da se proveri: ime, tablice sa državom, broj dokumenta, MRZ ili broj telefona.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="273"/>
        <source>Give the justification for this export (a few words at least): it is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite opravdanje za ovaj izvoz (bar nekoliko reči): upisuje se u dnevnik revizije.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="275"/>
        <source>Give the plate&apos;s country too (--country), e.g. BG or RS: plates are read by the rules of their country.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite i državu tablica (--country), npr. BG ili RS: tablice se čitaju po pravilima svoje države.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="277"/>
        <source>Give the reason for exporting the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite razlog za izvoz dnevnika revizije.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="278"/>
        <source>Give the reason for exporting the transfer record.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite razlog za izvoz evidencije prenosa.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="279"/>
        <source>Give the reason for saving this attachment outside Liaison (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite razlog za čuvanje ovog priloga van programa Liaison (bar nekoliko reči).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="281"/>
        <source>MRZ not accepted: {error}. Check the characters against the document (0 and O, 1 and I, 5 and S are easily confused).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>MRZ nije prihvaćen: {error}. Uporedite znakove sa dokumentom (0 i O, 1 i I, 5 i S se lako zamene).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="284"/>
        <source>Message {message_id} has no attachment {attachment_id}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka {message_id} nema prilog {attachment_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="286"/>
        <source>Only a case, a subject or a message can be restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ograničiti se može samo predmet, lice ili poruka.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="288"/>
        <source>Only a case, a subject or a message has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum preispitivanja ima samo predmet, lice ili poruka.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="290"/>
        <source>Only a request, an alert, a reply or a case share can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Opozvati se može samo zahtev, upozorenje, odgovor ili deljenje predmeta.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="292"/>
        <source>Say why the outcome is removed (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite zašto se ishod uklanja (bar nekoliko reči).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="294"/>
        <source>That record is not restricted; nothing to lift.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Taj zapis nije ograničen; nema šta da se ukine.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="295"/>
        <source>The annex names subjects (personal data): give the justification for exporting it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prilog navodi lica (lični podaci): navedite opravdanje za izvoz.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="297"/>
        <source>The audit log is exported as {formats}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dnevnik revizije se izvozi kao {formats}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="298"/>
        <source>The encrypted copy of {name} is gone.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifrovana kopija datoteke {name} više ne postoji.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="299"/>
        <source>The encrypted copy of {name} is missing from this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifrovana kopija datoteke {name} nedostaje u ovom profilu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="301"/>
        <source>The encrypted copy of {name} is missing; attach the file again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šifrovana kopija datoteke {name} nedostaje; ponovo priložite datoteku.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="303"/>
        <source>The end of the period is before its start.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kraj perioda je pre njegovog početka.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="304"/>
        <source>The file name cannot be sent: {reason}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Naziv datoteke ne može da se pošalje: {reason}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="305"/>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Fascikla {folder} ne postoji; izaberite drugo mesto.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="307"/>
        <source>The transfer record is exported as json or csv.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Evidencija prenosa se izvozi kao json ili csv.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="308"/>
        <source>There is no Liaison profile at {path}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Na {path} nema Liaison profila.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="309"/>
        <source>There is no attachment {attachment_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu nema priloga {attachment_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="311"/>
        <source>There is no folder {folder} to save into.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema fascikle {folder} u koju bi se sačuvalo.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="312"/>
        <source>There is no folder {folder} to write the export into.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nema fascikle {folder} u koju bi se upisao izvoz.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="313"/>
        <source>There is no outcome {outcome_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu nema ishoda {outcome_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="314"/>
        <source>This profile has no provisioning data; enrol again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj profil nema podatke o dodeli; ponovo se registrujte.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="315"/>
        <source>This provisioning file is signed by the authority {found}, but IT&apos;s policy on this computer expects {expected}. Do not use it; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovu datoteku za dodelu potpisao je organ {found}, a IT politika na ovom računaru očekuje {expected}. Ne koristite je; obratite se IT službi.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="318"/>
        <source>{agency} withdrew this message ({reason}); it cannot be passed on.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{agency} je povukla ovu poruku ({reason}); ne može se proslediti.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="320"/>
        <source>{field}: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="321"/>
        <source>{name} changed while it was being encrypted; attach it again once nothing is writing to it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} se promenila tokom šifrovanja; ponovo je priložite kada ništa više ne upisuje u nju.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="323"/>
        <source>{name} does not verify ({detail}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} ne prolazi proveru ({detail}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="324"/>
        <source>{name} does not verify ({detail}); nothing was saved.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} ne prolazi proveru ({detail}); ništa nije sačuvano.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="325"/>
        <source>{name} is not an image that can be shown here; use Save as… to open it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} nije slika koja može da se prikaže ovde; otvorite je preko Sačuvaj kao…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="327"/>
        <source>{name} is not here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} nije ovde.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="328"/>
        <source>{name} is still at the hub: download it first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} je još na čvorištu: prvo je preuzmite.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="329"/>
        <source>{name} is still being downloaded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} se još preuzima.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="330"/>
        <source>{name} was refused ({reason}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} je odbijena ({reason}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="331"/>
        <source>{path} is a folder; give a file name for the report.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{path} je fascikla; navedite naziv datoteke za izveštaj.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="332"/>
        <source>“{name}” holds no name to look up.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„{name}” ne sadrži ime za pretragu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="333"/>
        <source>“{value}” cannot be read as {what}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„{value}” ne može da se pročita kao {what}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="335"/>
        <source>A bundle can be opened by at most {limit} devices; these recipients and carriers have {devices}. Name officers instead of whole agencies, or fewer carriers.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket može da otvori najviše {limit} uređaja; ovi primaoci i prenosioci imaju {devices}. Navedite službenike umesto celih agencija ili manje prenosilaca.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="339"/>
        <source>A bundle lives between one hour and {days} days.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket važi od jednog sata do {days} dana.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="340"/>
        <source>A bundle that carries messages is a disclosure: give the legal basis and the justification for handing them to a carrier.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket koji nosi poruke je otkrivanje podataka: navedite pravni osnov i opravdanje za predaju prenosiocu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="343"/>
        <source>Name whom the bundle is for: an agency (RS-BP) or an officer (rs-bp.horgos-desk).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Navedite kome je paket namenjen: agenciji (RS-BP) ili službeniku (rs-bp.horgos-desk).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="345"/>
        <source>Nothing waits for {names}: no queued message and no acknowledgement owed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ništa ne čeka za {names}: nema poruka u redu ni dugovanih potvrda.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="347"/>
        <source>Only a case, a subject, a message or a draft has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datum preispitivanja ima samo predmet, lice, poruka ili nacrt.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="349"/>
        <source>That draft is no longer there.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Taj nacrt više ne postoji.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="350"/>
        <source>The bundle could not be relayed: {error}. What reached the hub stays there; relay it again when connected (the hub takes nothing twice).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket nije moguće proslediti: {error}. Ono što je stiglo na čvorište ostaje tamo; ponovo ga prosledite kada budete povezani (čvorište ništa ne prima dvaput).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="353"/>
        <source>The bundle could not be written to {path} ({error}). Nothing was handed to a carrier.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket nije moguće upisati u {path} ({error}). Ništa nije predato prenosiocu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="355"/>
        <source>The file {path} cannot be read ({error}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteku {path} nije moguće pročitati ({error}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="356"/>
        <source>The folder {folder} does not exist (is the medium plugged in?).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Fascikla {folder} ne postoji (da li je medij priključen?).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="358"/>
        <source>The message this draft answers is no longer in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka na koju ovaj nacrt odgovara više nije u ovom profilu.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="360"/>
        <source>This bundle comes from a device that has been revoked (lost or stolen?); it is refused; report it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket potiče s uređaja koji je opozvan (izgubljen ili ukraden?); odbijen je; prijavite to</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="362"/>
        <source>This bundle comes from a device that is not in your directory; sync once to refresh it, then try again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket potiče s uređaja koji nije u vašem imeniku; sinhronizujte jednom da ga osvežite, pa pokušajte ponovo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="364"/>
        <source>This bundle has expired; ask the sender for a new one</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je istekao; zatražite novi od pošiljaoca</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="365"/>
        <source>This bundle holds a damaged envelope ({error}). Nothing was stored.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket sadrži oštećenu kovertu ({error}). Ništa nije sačuvano.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="367"/>
        <source>This bundle holds something that is not an envelope. Nothing was stored.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket sadrži nešto što nije koverta. Ništa nije sačuvano.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="369"/>
        <source>This bundle is damaged or was altered; ask for a new copy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je oštećen ili izmenjen; zatražite novu kopiju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="371"/>
        <source>This bundle is for {names}, not for you. Nothing was stored. (This device may carry it: relay it from a connected device.)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je za {names}, ne za vas. Ništa nije sačuvano. (Ovaj uređaj može da ga prenese: prosledite ga s povezanog uređaja.)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="374"/>
        <source>This bundle is incomplete (cut short while copying?); copy it again from the medium</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je nepotpun (prekinut pri kopiranju?); ponovo ga kopirajte s medija</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="376"/>
        <source>This bundle is not addressed to this device (it is for another officer or agency), or it is damaged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket nije naslovljen na ovaj uređaj (namenjen je drugom službeniku ili agenciji) ili je oštećen</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="378"/>
        <source>This bundle is not for you</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket nije za vas</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="379"/>
        <source>This bundle says it was made in the future; check this device&apos;s date and time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket tvrdi da je napravljen u budućnosti; proverite datum i vreme na ovom uređaju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="381"/>
        <source>This bundle was made by a newer version of Liaison; update this device first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj paket je napravila novija verzija programa Liaison; prvo ažurirajte ovaj uređaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="383"/>
        <source>This bundle&apos;s contents are not what its sender signed; it is refused; ask for a new copy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sadržaj ovog paketa nije ono što je pošiljalac potpisao; odbijen je; zatražite novu kopiju</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="385"/>
        <source>This bundle&apos;s signature does not verify: it is forged or altered; do not use it and report it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpis ovog paketa ne prolazi proveru: krivotvoren je ili izmenjen; ne koristite ga i prijavite to</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="387"/>
        <source>This device has no directory yet: connect once and sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj uređaj još nema imenik: povežite se jednom i sinhronizujte.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="389"/>
        <source>This device is not enrolled yet, so it cannot relay. Enrol it first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj uređaj još nije registrovan, pa ne može da prosleđuje. Prvo ga registrujte.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="391"/>
        <source>This draft is no longer there: it was sent, discarded or erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj nacrt više ne postoji: poslat je, odbačen ili obrisan.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="393"/>
        <source>This file is not a Liaison bundle, or it is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ova datoteka nije Liaison paket ili je neispravna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="394"/>
        <source>Your directory expired on {expired}: a bundle is sealed against it, so connect once to refresh it before exporting.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vaš imenik je istekao {expired}: paket se zatvara prema njemu, pa se povežite jednom da ga osvežite pre izvoza.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="397"/>
        <source>{words}. Nothing was stored. ({why})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{words}. Ništa nije sačuvano. ({why})</translation>
    </message>
    <message>
        <source>Only a case or a subject has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Datum preispitivanja imaju samo predmet ili subjekt.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="238"/>
        <source>There is no Liaison profile at {path}. Enrol first with the provisioning file from IT (liaison enrol).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U {path} nema profila aplikacije Liaison. Najpre se registrujte pomoću datoteke za dodelu od IT službe (liaison enrol).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="240"/>
        <source>This profile is incomplete (no provisioning data). Enrol again with the provisioning file from IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj profil je nepotpun (nema podataka o dodeli). Ponovo se registrujte pomoću datoteke za dodelu od IT službe.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="242"/>
        <source>There is no case {case_ref} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom profilu nema predmeta {case_ref}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="243"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kod za rukovanje H2 kaže da se ne prosleđuje bez dozvole pružaoca podataka. Pitajte pružaoca i evidentirajte njegovu saglasnost pre prosleđivanja.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="246"/>
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
        <source>Erase records this many days after their review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obriši zapise ovoliko dana posle datuma preispitivanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="53"/>
        <source>Erase only when an officer confirms</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Briši samo kada službenik potvrdi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="55"/>
        <source>Passphrase-only storage allowed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dozvoljeno čuvanje samo pod pristupnom frazom</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="57"/>
        <source>Update channel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Kanal ažuriranja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="58"/>
        <source>Check for updates</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Proveravaj ažuriranja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="59"/>
        <source>Tell the sender when I open a message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obavesti pošiljaoca kada otvorim poruku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="60"/>
        <source>Download attachments up to MiB without asking</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preuzmi priloge do ovoliko MiB bez pitanja</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="62"/>
        <source>Warn when the directory is older than (hours)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Upozori kada je imenik stariji od (sati)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="64"/>
        <source>Provisioning authority fingerprint</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otisak organa za dodelu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="72"/>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="77"/>
        <source>Follow the system</source>
        <extracomment>setting -&gt; the spin box&apos;s range where it is not 1..3650 language setting -&gt; how it is offered (each language in its own name)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prema sistemu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="78"/>
        <source>Light</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svetla</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="79"/>
        <source>Dark</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tamna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="102"/>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="103"/>
        <source>Locked by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaključala IT služba</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="117"/>
        <source>Settings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podešavanja</translation>
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
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="132"/>
        <source>Display</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prikaz</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="133"/>
        <source>Work</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="144"/>
        <source>The policy file from IT has problems; show this to IT:
{0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Datoteka politike od IT službe ima problema; pokažite ovo IT službi:
{0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="151"/>
        <source>&amp;Save</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="152"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="171"/>
        <source>Set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podesila IT služba</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="172"/>
        <source>Locked at a safe value: the policy file from IT is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zaključano na bezbednoj vrednosti: datoteka politike od IT službe je neispravna</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="217"/>
        <source>The new language is used from the next time you unlock Liaison.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Novi jezik se koristi od sledećeg otključavanja aplikacije Liaison.</translation>
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
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="31"/>
        <source>Sign and queue / send (from any tab)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potpiši i stavi u red / pošalji (sa bilo koje kartice)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="32"/>
        <source>Ctrl+Enter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="33"/>
        <source>Close: keep as draft, discard or go on editing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Zatvori: sačuvaj kao nacrt, odbaci ili nastavi uređivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="34"/>
        <source>Esc</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="35"/>
        <source>Next / previous tab</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sledeća / prethodna kartica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="36"/>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ctrl+Tab / Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a compose tab (Message … Case)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Idi na karticu poruke (Poruka … Predmet)</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+5</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Alt+1 … Alt+5</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="37"/>
        <source>Go to a compose tab (Message … Attachments)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Idi na karticu poruke (Poruka … Prilozi)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="38"/>
        <source>Alt+1 … Alt+6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Alt+1 … Alt+6</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="39"/>
        <source>Attach a copied image or file (in the Attachments tab)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Priloži kopiranu sliku ili datoteku (na kartici Prilozi)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="40"/>
        <source>Ctrl+V</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="41"/>
        <source>Go to a field or button (the underlined letter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Idi na polje ili dugme (podvučeno slovo)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="42"/>
        <source>Alt+letter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Alt+slovo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="43"/>
        <source>Tick a recipient or check box</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Označi primaoca ili polje za potvrdu</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="44"/>
        <source>Space</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Razmak</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="64"/>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prečice na tastaturi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="67"/>
        <source>Everything in Liaison can be done from the keyboard.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sve u aplikaciji Liaison može da se uradi sa tastature.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="73"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Šta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="73"/>
        <source>Keys</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tasteri</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="76"/>
        <source>Main window</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Glavni prozor</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="77"/>
        <source>Compose and reply dialogs</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prozori za sastavljanje i odgovor</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="45"/>
        <source>Sync progress</source>
        <extracomment>the officer clicked the &quot;due for review&quot; prompt</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Tok sinhronizacije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="49"/>
        <location filename="../../liaison_app/gui/status_bar.py" line="52"/>
        <source>Sync now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sinhronizuj sada</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="51"/>
        <source>Send queued items and fetch new ones (F5)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pošalji stavke iz reda za slanje i preuzmi nove (F5)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="59"/>
        <source>Open the records due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otvori zapise za preispitivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="78"/>
        <source>Checking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Provera…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="79"/>
        <source>Queued: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu za slanje: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="80"/>
        <source>Last sync: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednja sinhronizacija: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="86"/>
        <source>Re-enrolment needed: contact IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Potrebna je ponovna registracija: obratite se IT službi</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="88"/>
        <source>Online</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Na mreži</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="90"/>
        <source>Offline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Van mreže</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="91"/>
        <source>Queued: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U redu za slanje: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="93"/>
        <source> (failed: {0})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> (neuspelo: {0})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="95"/>
        <source>Last sync: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednja sinhronizacija: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="139"/>
        <source>%n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n zapis za preispitivanje</numerusform>
            <numerusform>%n zapisa za preispitivanje</numerusform>
            <numerusform>%n zapisa za preispitivanje</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="147"/>
        <source>Not enrolled yet: will enrol when the hub is reachable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Još nije registrovano: registracija kada čvorište bude dostupno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="152"/>
        <source>This computer is now enrolled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovaj računar je sada registrovan.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="167"/>
        <source>never</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nikada</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="182"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="182"/>
        <source>Sending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="183"/>
        <source>Receiving</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prijem</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="183"/>
        <source>Done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Završeno</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="196"/>
        <source>{0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="210"/>
        <source>Synced: sent {0}, received {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sinhronizovano: poslato {0}, primljeno {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="184"/>
        <source>Uploading attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otpremanje priloga</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="185"/>
        <source>Downloading attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Preuzimanje priloga</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="193"/>
        <source>{0}: {1} % of {2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}: {1} % od {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="81"/>
        <source>Directory: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="110"/>
        <source>Directory: not checked yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik: još nije proveren</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="112"/>
        <source>Directory: {0} old</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Imenik: star {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="117"/>
        <source>Older than IT allows ({0} h): sync as soon as you can. A device revoked since may not be known here yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Stariji nego što IT služba dozvoljava ({0} h): sinhronizujte čim budete mogli. Uređaj opozvan u međuvremenu možda ovde još nije poznat.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="120"/>
        <source>How long ago the hub last proved this directory current</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pre koliko vremena je čvorište poslednji put potvrdilo da je ovaj imenik aktuelan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="132"/>
        <source>%n min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="134"/>
        <source>%n h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="135"/>
        <source>%n d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dana</numerusform>
            <numerusform>%n dana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="207"/>
        <source>Synced, with a warning: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sinhronizovano, uz upozorenje: {0}</translation>
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
        <source>Na&amp;tional account number:</source>
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
        <source>Bank co&amp;de:</source>
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
        <translation>V&amp;lasnik:</translation>
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
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dr&amp;žava:</translation>
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
    <message>
        <source>National &amp;account number:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Nacionalni broj &amp;računa:</translation>
    </message>
    <message>
        <source>Bank &amp;code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Šifra &amp;banke:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Država:</translation>
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
        <source>A&amp;mount:</source>
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
        <translation>Va&amp;luta:</translation>
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
        <source>Cou&amp;rier:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ku&amp;rir:</translation>
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
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Iznos:</translation>
    </message>
    <message>
        <source>C&amp;ourier:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Kurir:</translation>
    </message>
</context>
<context>
    <name>SubjectCommsForm</name>
    <message>
        <source>Identifier &amp;kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Vrsta identifikatora:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="11"/>
        <source>&amp;Identifier kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta &amp;identifikatora:</translation>
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
        <source>Se&amp;rvice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Servis:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Servis:</translation>
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
        <source>Ne&amp;twork name:</source>
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
        <source>A&amp;ddress:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Adre&amp;sa:</translation>
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
    <message>
        <source>Network &amp;name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Naziv mreže:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Adresa:</translation>
    </message>
</context>
<context>
    <name>SubjectDocumentForm</name>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="11"/>
        <source>Document &amp;type:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>V&amp;rsta isprave:</translation>
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
        <translation>Dr&amp;žava izdavanja:</translation>
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
        <translation>Is&amp;tiče:</translation>
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
        <translation>Osnov&amp;a:</translation>
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
        <translation>Napom&amp;ene:</translation>
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
        <source>B&amp;roker:</source>
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
        <translation>L&amp;okacija:</translation>
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
        <source>A&amp;mount:</source>
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
        <translation>Va&amp;luta:</translation>
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
    <message>
        <source>Bro&amp;ker:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Posrednik:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Iznos:</translation>
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
        <translation>D&amp;ržava:</translation>
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
        <source>This is a border crossin&amp;g</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ovo je &amp;granični prelaz</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="76"/>
        <source>Longi&amp;tude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ge&amp;ografska dužina:</translation>
    </message>
    <message>
        <source>This is a &amp;border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Ovo je &amp;granični prelaz</translation>
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
        <source>L&amp;ongitude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Geografska &amp;dužina:</translation>
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
        <translation>P&amp;seudonimi:</translation>
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
        <translation>D&amp;ržava:</translation>
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
        <translation>P&amp;seudonimi:</translation>
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
        <translation>Datum &amp;rođenja:</translation>
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
        <translation>Dr&amp;žavljanstva:</translation>
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
        <translation>Na&amp;čin:</translation>
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
        <translation>Usputne &amp;tačke:</translation>
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
        <translation>Re&amp;ferenca:</translation>
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
        <source>A&amp;mount:</source>
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
        <translation>Va&amp;luta:</translation>
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
        <translation>Datum &amp;slanja:</translation>
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
        <source>Sender&apos;s coun&amp;try:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dr&amp;žava pošiljaoca:</translation>
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
        <source>Rece&amp;iver:</source>
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
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Iznos:</translation>
    </message>
    <message>
        <source>Sender&apos;s c&amp;ountry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Država pošiljaoca:</translation>
    </message>
    <message>
        <source>Rec&amp;eiver:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">P&amp;rimalac:</translation>
    </message>
</context>
<context>
    <name>SubjectVehicleForm</name>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="11"/>
        <source>&amp;Vehicle kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vr&amp;sta vozila:</translation>
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
        <source>Registration co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Država registracije:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="50"/>
        <source>Registration countr&amp;y:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Dr&amp;žava registracije:</translation>
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
        <source>Colo&amp;ur:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>B&amp;oja:</translation>
    </message>
    <message>
        <source>Colou&amp;r:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Boja:</translation>
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
    <name>TransfersPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslato</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Receiving authority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Organ primalac</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pravni osnov</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Data subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lica na koja se podaci odnose</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Službenik</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="151"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poruka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="165"/>
        <source>%n disclosure(s) in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n otkrivanje u ovom periodu.</numerusform>
            <numerusform>%n otkrivanja u ovom periodu.</numerusform>
            <numerusform>%n otkrivanja u ovom periodu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="185"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="215"/>
        <source>queued %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>u redu od %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="179"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prosleđivanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="192"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="194"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="220"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="222"/>
        <source>not recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije zabeleženo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="214"/>
        <source>%1 %2, sent %3 by %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2, poslato %3, poslao %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="217"/>
        <source>To: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Za: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="218"/>
        <source>Legal basis: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Pravni osnov: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="221"/>
        <source>Justification: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Obrazloženje: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="223"/>
        <source>Data subjects: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Lica na koja se podaci odnose: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="224"/>
        <source>Data: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Podaci: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="233"/>
        <source>The transfer record from %1 to %2 (%n disclosure(s)) as a CSV file. The file is not encrypted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Evidencija prenosa od %1 do %2 (%n otkrivanje) kao CSV datoteka. Datoteka nije šifrovana.</numerusform>
            <numerusform>Evidencija prenosa od %1 do %2 (%n otkrivanja) kao CSV datoteka. Datoteka nije šifrovana.</numerusform>
            <numerusform>Evidencija prenosa od %1 do %2 (%n otkrivanja) kao CSV datoteka. Datoteka nije šifrovana.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="241"/>
        <source>The whole audit log with the public key and hashes a third party needs to verify it (JSON Lines). The file is not encrypted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ceo revizijski dnevnik sa javnim ključem i heševima koji su trećoj strani potrebni za proveru (JSON Lines). Datoteka nije šifrovana.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="254"/>
        <source>Export as</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvezi kao</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="273"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="285"/>
        <source>Not exported</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Nije izvezeno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="275"/>
        <source>%n disclosure(s) exported to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n otkrivanje izvezeno u %1 (zabeleženo u revizijskom dnevniku).</numerusform>
            <numerusform>%n otkrivanja izvezena u %1 (zabeleženo u revizijskom dnevniku).</numerusform>
            <numerusform>%n otkrivanja izvezeno u %1 (zabeleženo u revizijskom dnevniku).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="287"/>
        <source>%n audit entries exported to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n revizijski zapis izvezen u %1 (zabeleženo u revizijskom dnevniku).</numerusform>
            <numerusform>%n revizijska zapisa izvezena u %1 (zabeleženo u revizijskom dnevniku).</numerusform>
            <numerusform>%n revizijskih zapisa izvezeno u %1 (zabeleženo u revizijskom dnevniku).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="13"/>
        <source>Every disclosure this device made: when, by whom, to which authority in which country, on what legal basis and why, and what kind of data (DPA 2018 s.62 and s.75(3)). Exports are recorded in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Svako otkrivanje sa ovog uređaja: kada, ko, kom organu u kojoj državi, po kom pravnom osnovu i zašto, i kakvi podaci (DPA 2018 s.62 i s.75(3)). Izvozi se beleže u revizijskom dnevniku.</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="14"/>
        <source>About the transfer record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>O evidenciji prenosa</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="21"/>
        <source>&amp;From:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="28"/>
        <location filename="../../ui/page_transfers.ui" line="41"/>
        <source>yyyy-MM-dd</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="29"/>
        <source>First day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Prvi dan perioda</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="34"/>
        <source>&amp;To:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="42"/>
        <source>Last day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Poslednji dan perioda</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="53"/>
        <source>&amp;Export as CSV…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Izvezi kao CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="54"/>
        <source>Export the transfer record as CSV</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvezi evidenciju prenosa kao CSV</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="59"/>
        <source>Export audit &amp;log…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvezi revizijski dnevni&amp;k…</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="60"/>
        <source>The whole audit chain with the public key and hashes a third party needs to verify it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ceo revizijski lanac sa javnim ključem i heševima koji su trećoj strani potrebni za proveru</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="61"/>
        <source>Export the audit log for verification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izvezi revizijski dnevnik radi provere</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="70"/>
        <source>How many disclosures are listed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Koliko je otkrivanja navedeno</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="75"/>
        <source>Disclosures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Otkrivanja</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="87"/>
        <source>The selected disclosure in full</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Izabrano otkrivanje u celini</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="181"/>
        <source>Carrier bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Paket za kurira</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="108"/>
        <source>No disclosure from this device in this period. Every request, alert, reply, forward or case share you send is listed here: when, to which authority in which country, on what legal basis and why.</source>
        <extracomment>the shell gives this page the detail pane&apos;s width (its columns need it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>U ovom periodu s ovog uređaja nije bilo otkrivanja podataka. Ovde se navodi svaki zahtev, upozorenje, odgovor, prosleđivanje ili deljenje predmeta koje pošaljete: kada, kom organu u kojoj državi, na kom pravnom osnovu i zašto.</translation>
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
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="125"/>
        <source>holds what looks like a full card number; record only the last four digits and the issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>sadrži nešto što liči na ceo broj kartice; upišite samo poslednje četiri cifre i izdavaoca</translation>
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
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="178"/>
        <source>a forward must record its legal basis and the justification for sending it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>prosleđivanje mora da navede pravni osnov i opravdanje za slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="180"/>
        <source>a {kind} must record its legal basis and the justification for sending it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} mora da navede pravni osnov i opravdanje za slanje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="182"/>
        <source>agency {agency} is not in the directory; sync to refresh it, or check the agency id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>agencija {agency} nije u imeniku; sinhronizujte da ga osvežite ili proverite oznaku agencije</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="184"/>
        <source>cash and assets seized need an amount and its currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>za zaplenjen novac i imovinu potrebni su iznos i valuta</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="186"/>
        <source>is before {earliest}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>je pre {earliest}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="187"/>
        <source>is in the future</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>je u budućnosti</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="188"/>
        <source>is not a number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nije broj</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="189"/>
        <source>must be 1 to 4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti od 1 do 4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="190"/>
        <source>must be a number such as 12500 or 12500.50 (digits, one decimal point, no separators)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti broj kao 12500 ili 12500.50 (cifre, jedna decimalna tačka, bez razdvajača)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="192"/>
        <source>must be a whole number from 1 to {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti ceo broj od 1 do {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="193"/>
        <source>must be an ISO 4217 currency code such as EUR, GBP, RSD or BGN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti ISO 4217 oznaka valute kao EUR, GBP, RSD ili BGN</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="195"/>
        <source>must be an Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti ishod</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="196"/>
        <source>must be more than zero and at most {limit} minor units</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora biti veće od nule i najviše {limit} najmanjih jedinica</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="198"/>
        <source>must say why (a few words at least)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>mora da navede zašto (bar nekoliko reči)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="199"/>
        <source>only cash and assets seized carry an amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>iznos imaju samo zaplenjen novac i imovina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="200"/>
        <source>the period ends before it starts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>period se završava pre nego što počinje</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="201"/>
        <source>the period is longer than ten years</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>period je duži od deset godina</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="202"/>
        <source>unknown period {key}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nepoznat period {key}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="203"/>
        <source>{currency} has {places} decimal place(s); {amount} has more</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{currency} ima {places} decimal(a); {amount} ima više</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="206"/>
        <source>agency {name} is not in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>agencija {name} nije u vašem imeniku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="207"/>
        <source>blob {blob_id} is carried twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>blok {blob_id} se nosi dvaput</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="208"/>
        <source>officer {name} is not in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>službenik {name} nije u vašem imeniku</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="209"/>
        <source>{name} has no active device in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} nema aktivan uređaj u vašem imeniku</translation>
    </message>
    <message>
        <source>agency {agency} is not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">agencija {agency} nije u imeniku</translation>
    </message>
    <message>
        <source>agency {agency} has no enrolled device in your directory yet; sync to refresh the directory, then send again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">agencija {agency} još nema registrovan uređaj u vašem imeniku; sinhronizujte da biste osvežili imenik, pa pošaljite ponovo</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="176"/>
        <source>device {device_id} is not active in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>uređaj {device_id} nije aktivan u imeniku</translation>
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
        <source>&amp;Browse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Pregledaj…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="27"/>
        <source>B&amp;rowse…</source>
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
        <translation>Pon&amp;ovo:</translation>
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
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="86"/>
        <source>case</source>
        <extracomment>what was done, in words, once accepted (the page shows it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>predmet</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="87"/>
        <source>subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>subjekt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="87"/>
        <source>draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>nacrt</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="86"/>
        <source>message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>poruku</translation>
    </message>
</context>
</TS>
