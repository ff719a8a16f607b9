<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS" sourcelanguage="en_GB">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="308"/>
        <source>Acknowledge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврда пријема</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="313"/>
        <source>Only a message you received can be acknowledged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пријем се може потврдити само за поруку коју сте примили.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeForm</name>
    <message>
        <location filename="../../ui/acknowledge.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изворна порука</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="18"/>
        <source>&amp;Read: an officer has opened the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Прочитано: службеник је отворио поруку</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="20"/>
        <source>Read acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврда о читању</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="25"/>
        <source>&amp;Business: the message is being acted on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поступање: по поруци &amp;се поступа</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="26"/>
        <source>Business acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврда о поступању</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="34"/>
        <source>Problem with the acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са потврдом</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="47"/>
        <location filename="../../ui/acknowledge.ui" line="49"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="54"/>
        <source>&amp;Sign and queue acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши &amp;и стави потврду у ред за слање</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="56"/>
        <source>Sign and queue acknowledgement (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави потврду у ред за слање (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="57"/>
        <source>Sign and queue acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави потврду у ред за слање</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="159"/>
        <source>The draft could not be saved: %1</source>
        <extracomment>the draft kind this dialog is kept as (&quot;&quot; for none: an acknowledgement has no text)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрт није могао да се сачува: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="182"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтев</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="182"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="183"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="183"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврда пријема</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="184"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опозив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="185"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дељење предмета</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="188"/>
        <source>from {agency} ({officer})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>од {agency} ({officer})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="192"/>
        <source>to {agencies}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>за {agencies}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="192"/>
        <source>single officers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>појединачни службеници</translation>
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
        <translation> — предмет {ref}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="224"/>
        <source>It could not be queued ({error}). It is still here and kept as a draft; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није било могуће ставити у ред за слање ({error}). И даље је овде и чува се као нацрт; покушајте поново, а ако се проблем понавља, обратите се ИТ служби.</translation>
    </message>
    <message>
        <source>It could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Није било могуће ставити у ред за слање ({error}). Ништа није сачувано; покушајте поново, а ако се проблем понавља, обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="476"/>
        <source>No handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема кода за руковање.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="477"/>
        <source>Handling code: {code}: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање: {code}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="480"/>
        <source>Conditions: {conditions}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услови: {conditions}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="483"/>
        <source>Not to be passed on without the provider&apos;s consent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не прослеђивати без сагласности пружаоца података.</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="78"/>
        <source>Immediate alert from %1</source>
        <extracomment>the officer chose Open: message id of the alert to show</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неодложно упозорење од %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="79"/>
        <source>Urgent alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно упозорење од %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="86"/>
        <source>case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>предмет %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/alert_banner.py" line="82"/>
        <source>+%n more</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>+%n још</numerusform>
            <numerusform>+%n још</numerusform>
            <numerusform>+%n још</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="192"/>
        <source>Lookout: watch for and report these subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потрага: пратите и пријавите ове субјекте</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="193"/>
        <source>Spontaneous information: shared without a request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спонтано достављена информација: подељена без захтева</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="195"/>
        <source>Warning: a threat or imminent crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење на опасност: претња или предстојећи прелазак границе</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="196"/>
        <source>No INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без INTERPOL потернице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="211"/>
        <source>No INTERPOL notice is referred to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не упућује се ни на једну INTERPOL потерницу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="214"/>
        <source>Notice asks for: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потерница тражи: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="230"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изаберите једну ставку са листе</translation>
    </message>
</context>
<context>
    <name>AttachmentExportForm</name>
    <message>
        <location filename="../../ui/attachment_export.ui" line="11"/>
        <source>What is being saved</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта се чува</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="16"/>
        <source>&amp;Why does this file leave Liaison? (recorded in the audit log as an export)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Зашто ова датотека напушта Liaison? (бележи се у ревизијском дневнику као извоз)</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="23"/>
        <source>Reason for saving the file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог за чување датотеке</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="24"/>
        <source>e.g. evidence bundle for case RS/UK 2026-14</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. пакет доказа за предмет RS/UK 2026-14</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="13"/>
        <source>JPEG photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>JPEG фотографија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="14"/>
        <source>PNG image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PNG слика</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="15"/>
        <source>GIF image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>GIF слика</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="16"/>
        <source>TIFF scan</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>TIFF скен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="17"/>
        <source>WebP image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>WebP слика</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="18"/>
        <source>Bitmap image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bitmap слика</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="19"/>
        <source>HEIC photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>HEIC фотографија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="20"/>
        <source>HEIF photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>HEIF фотографија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="21"/>
        <source>AVIF image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>AVIF слика</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="22"/>
        <source>PDF document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PDF документ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="23"/>
        <source>Text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>AttachmentSize</name>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="47"/>
        <source>%n byte(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n бајт</numerusform>
            <numerusform>%n бајта</numerusform>
            <numerusform>%n бајтова</numerusform>
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
        <translation>Приложи датотеке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="122"/>
        <source>%1 is not a file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 није датотека.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="127"/>
        <source>A message carries at most %1 attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука носи највише %1 прилога.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="145"/>
        <source>The clipboard holds no image or file to attach.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У остави нема слике ни датотеке за прилагање.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="200"/>
        <source>sent as taken (original kept)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>шаље се како је снимљена (оригинал задржан)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="202"/>
        <source>will be removed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>биће уклоњени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="204"/>
        <source>none found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нису пронађени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="206"/>
        <source>cannot be checked in this format: sent as it is</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не могу се проверити у овом формату: шаље се каква јесте</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="244"/>
        <source>%n attachment(s), %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n прилог, %1</numerusform>
            <numerusform>%n прилога, %1</numerusform>
            <numerusform>%n прилога, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="246"/>
        <source>No attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема прилога.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="128"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="129"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилози</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="189"/>
        <source>uploaded; kept here encrypted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отпремљено; овде се чува шифровано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="190"/>
        <source>encrypted here; uploaded at the next sync</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>шифровано овде; отпрема се при следећој синхронизацији</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="192"/>
        <source>at the hub: Download to fetch it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>на чворишту: Преузми да бисте га добили</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="193"/>
        <source>downloading…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>преузима се…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="194"/>
        <source>here, encrypted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>овде, шифровано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="195"/>
        <source>refused: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>одбијено: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="225"/>
        <source>Location data was removed from this photo before it was sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаци о локацији су уклоњени са ове фотографије пре слања.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="228"/>
        <source>This attachment was refused and nothing of it was kept: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај прилог је одбијен и ништа од њега није сачувано: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="274"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="279"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="288"/>
        <source>Cannot show the image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Слика не може да се прикаже</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="280"/>
        <source>%1 is not an image this computer can display; use Save as….</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 није слика коју овај рачунар може да прикаже; користите Сачувај као….</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="299"/>
        <source>Cannot download</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преузимање није могуће</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="316"/>
        <source>Save attachment as</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувај прилог као</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="333"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="343"/>
        <source>Not saved</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није сачувано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="338"/>
        <source>Saved to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувано у %1 (забележено у ревизијском дневнику).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="22"/>
        <source>Message %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="24"/>
        <source>Case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="26"/>
        <source>Subject %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјект %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="30"/>
        <source>Setting: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подешавање: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="32"/>
        <source>This profile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај профил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="34"/>
        <source>Enrolment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="58"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="138"/>
        <source>Time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="60"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="139"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="61"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="140"/>
        <source>Officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Службеник</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="62"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="142"/>
        <source>Object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="63"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="143"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образложење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="84"/>
        <source>Details of the selected entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости изабраног уноса</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="104"/>
        <source>The audit log is empty. Every unlock and lock, every message created, disclosed or received, every record opened with a justification, erased or kept longer is recorded here, signed and chained.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ревизијски траг је празан. Овде се бележи, потписано и повезано у ланац, свако откључавање и закључавање, свака порука састављена, откривена или примљена, сваки запис отворен уз образложење, обрисан или задржан дуже.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="110"/>
        <source>No entries of this kind. Choose “Every kind” to see the whole log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема уноса ове врсте. Изаберите „Све врсте“ да бисте видели цео траг.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="128"/>
        <source>Select an entry to see all it records.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите унос да бисте видели све што бележи.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="137"/>
        <source>Entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Унос</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="34"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образложење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="35"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="36"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уређај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="37"/>
        <source>Hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="38"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="39"/>
        <source>Retention</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чување</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="40"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преиспитивање дана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="41"/>
        <source>Value</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вредност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="42"/>
        <source>By</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ко</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="43"/>
        <source>Forwarded from</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђено из</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="44"/>
        <source>Provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сагласност пружаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="45"/>
        <source>Decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одлука</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="46"/>
        <source>Directory version</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Верзија именика</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="47"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примаоци</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="48"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="14"/>
        <source>This file is not a Liaison bundle, or it is damaged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ова датотека није Liaison пакет или је оштећена.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="16"/>
        <source>This bundle was made by a newer version of Liaison. Ask IT to update this laptop.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је направила новија верзија апликације Liaison. Затражите од ИТ службе да ажурира овај лаптоп.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="19"/>
        <source>This bundle is not addressed to you: it is for another officer or agency (or it is damaged).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет није упућен Вама: намењен је другом службенику или служби (или је оштећен).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="22"/>
        <source>This bundle is damaged or was altered. Ask the sender for a new copy.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је оштећен или измењен. Затражите од пошиљаоца нову копију.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="24"/>
        <source>This bundle is incomplete (cut short while copying?). Copy it again from the medium.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је непотпун (прекинут током копирања?). Поново га копирајте са медија.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="27"/>
        <source>This bundle comes from a device your directory does not know. Sync once to refresh the directory, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет потиче са уређаја који Ваш именик не познаје. Синхронизујте једном да бисте освежили именик, па покушајте поново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="30"/>
        <source>This bundle&apos;s signature does not verify: it is forged or altered. Do not use it and report it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпис овог пакета није исправан: пакет је фалсификован или измењен. Не користите га и пријавите то.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="33"/>
        <source>This bundle comes from a device that has been revoked (lost or stolen?). It is refused; report it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет потиче са уређаја који је опозван (изгубљен или украден?). Одбијен је; пријавите то.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="36"/>
        <source>This bundle has expired. Ask the sender for a new one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овом пакету је истекао рок. Затражите од пошиљаоца нови.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="38"/>
        <source>This bundle says it was made in the future. Check this laptop&apos;s date and time.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Према овом пакету, направљен је у будућности. Проверите датум и време на овом лаптопу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="41"/>
        <source>This bundle is for someone else. You may carry it: relay it to the hub from a connected device.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је намењен неком другом. Можете га пренети: проследите га чворишту са уређаја који је повезан на мрежу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="44"/>
        <source>This bundle&apos;s contents are not what its sender signed. It is refused; ask for a new copy.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Садржај овог пакета није оно што је пошиљалац потписао. Одбијен је; затражите нову копију.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="49"/>
        <source>Sealing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Печаћење…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="50"/>
        <source>Writing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уписивање…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="51"/>
        <source>Reading back…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера уписаног…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="52"/>
        <source>Checking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="53"/>
        <source>Storing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чување…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="54"/>
        <source>Relaying…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђивање…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="72"/>
        <source>{0} Nothing was stored.
({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} Ништа није сачувано.
({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="82"/>
        <source>{0} bytes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} бајтова</translation>
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
        <translation>Уписује оно што чека у реду за слање за изабране примаоце у једну запечаћену датотеку коју може да понесе колега или службена пошта. Могу је отворити само уређаји прималаца (и, ради прослеђивања са уређаја повезаног на мрежу, колеге из Ваше службе); изгубљена датотека не открива ништа, чак ни ко коме пише.</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="16"/>
        <source>&amp;For (tick agencies or single officers):</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;За (означите службе или појединачне службенике):</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="22"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примаоци</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="25"/>
        <source>Recipient</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прималац</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="32"/>
        <source>&amp;File:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Датотека:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="40"/>
        <source>Bundle file to write</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека пакета која се уписује</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="41"/>
        <source>e.g. on the USB stick</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. на USB меморији</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="46"/>
        <source>C&amp;hoose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изабери…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="47"/>
        <source>Choose where to write the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите где да се упише пакет</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="54"/>
        <source>E&amp;xpires after:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Истиче након:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="60"/>
        <source>Days until the bundle expires</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број дана до истека пакета</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="70"/>
        <source>What goes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта се шаље</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="77"/>
        <source>Summary of the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сажетак пакета</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="87"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напредак</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="95"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="105"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="110"/>
        <source>&amp;Export</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Извези</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="111"/>
        <source>Write the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упиши пакет</translation>
    </message>
</context>
<context>
    <name>CarrierImportForm</name>
    <message>
        <location filename="../../ui/carrier_import.ui" line="11"/>
        <source>Imports a bundle a carrier brought. It is checked whole before anything is stored: a damaged, expired or misaddressed bundle, or one from a revoked device, is refused.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Увози пакет који је донео курир. Цео се проверава пре него што се било шта сачува: оштећен пакет, пакет коме је истекао рок, погрешно адресиран пакет или пакет са опозваног уређаја се одбија.</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="18"/>
        <source>&amp;File:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Датотека:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="26"/>
        <source>Bundle file to import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека пакета која се увози</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="31"/>
        <source>C&amp;hoose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изабери…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="32"/>
        <source>Choose the bundle file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите датотеку пакета</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="41"/>
        <source>Bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="48"/>
        <source>Summary of the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сажетак пакета</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="57"/>
        <source>Also write the &amp;acknowledgement bundle to carry back</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упиши и пакет са &amp;потврдом пријема који се носи назад</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="59"/>
        <source>Write an acknowledgement bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упиши пакет са потврдом пријема</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="64"/>
        <source>Acknowledgement bundle file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека пакета са потврдом пријема</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="70"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напредак</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="78"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="88"/>
        <source>Close</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="93"/>
        <source>&amp;Relay to the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Проследи чворишту</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="95"/>
        <source>Push the carried messages to the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пошаљи донете поруке чворишту</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="100"/>
        <source>&amp;Import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Увези</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="102"/>
        <source>Import the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Увези пакет</translation>
    </message>
</context>
<context>
    <name>CaseExternalRefForm</name>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="11"/>
        <source>The same matter&apos;s reference in another system, written as that system writes it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референца истог предмета у другом систему, написана како је тај систем пише.</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="16"/>
        <source>&amp;System:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Систем:</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="17"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Систем</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="18"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Референца:</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="19"/>
        <source>e.g. SIENA-2026-000123</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. SIENA-2026-000123</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="19"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референца</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="27"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeForm</name>
    <message>
        <location filename="../../ui/case_outcome.ui" line="11"/>
        <source>What came of the joint action on this case. The working group&apos;s monitoring report counts it on its date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта је проистекло из заједничке акције на овом предмету. Извештај радне групе о праћењу рачуна га на његов датум.</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="16"/>
        <source>&amp;Outcome:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>И&amp;сход:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="17"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="18"/>
        <source>&amp;Date:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Датум:</translation>
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
        <translation>Датум када се догодило</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="20"/>
        <source>&amp;How many:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Колико:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="21"/>
        <source>How many persons, vehicles or documents</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Колико лица, возила или докумената</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="22"/>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Износ:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="25"/>
        <source>e.g. 12500.50</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. 12500.50</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="25"/>
        <source>Amount seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одузети износ</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="26"/>
        <source>Currency (ISO 4217)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валута (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="29"/>
        <source>&amp;Note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Напомена:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="30"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомена</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="30"/>
        <source>Where, who acted, reference of the arrest or seizure record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Где, ко је поступао, број записника о хапшењу или одузимању</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="38"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/case_page.py" line="33"/>
        <source>Choose a case…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите предмет…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/case_page.py" line="34"/>
        <source>No cases in this profile yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У овом профилу још нема предмета</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/case_page.py" line="52"/>
        <source>choose a case, or choose No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изаберите предмет или изаберите „Без предмета“</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="60"/>
        <source>Case</source>
        <extracomment>a case is on screen (ref), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="125"/>
        <source>Cannot show the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет није могуће приказати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="135"/>
        <source>Case %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="168"/>
        <source>seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>виђено у примљеним порукама; локална евиденција предмета још не постоји</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="191"/>
        <source>%1 of %2 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 од %2 порука (најстарије прво)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="194"/>
        <source>%1 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука: %1 (најстарије прво)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="200"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="200"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="208"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (рок је истекао)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="234"/>
        <source>Case review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преиспитивање предмета</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="236"/>
        <source>Reply owed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дугујемо одговор: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="237"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок је истекао</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="237"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="246"/>
        <source>Nothing is due.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема доспелих обавеза.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="272"/>
        <source>Reopen case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поново отвори предмет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="272"/>
        <source>Close case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затвори предмет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="315"/>
        <source>Remove outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уклони исход</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="316"/>
        <source>Why is this outcome removed? (audited)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зашто се овај исход уклања? (бележи се у ревизији)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="328"/>
        <source>Cannot remove the outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исход није могуће уклонити</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="342"/>
        <source>Cannot remove the reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референцу није могуће уклонити</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="355"/>
        <source>Cannot change the case&apos;s status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус предмета није могуће променити</translation>
    </message>
</context>
<context>
    <name>CaseViewForm</name>
    <message>
        <location filename="../../ui/case_view.ui" line="11"/>
        <source>No case is open.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ниједан предмет није отворен.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="11"/>
        <source>No case shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није приказан ниједан предмет</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="16"/>
        <source>Case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив предмета</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број предмета</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Case status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус предмета</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Crime area:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област криминала:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област криминала</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Review on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преиспитивање дана:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум преиспитивања</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Other systems:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Други системи:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>References in other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бројеви у другим системима</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="29"/>
        <source>Timeline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хронологија</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>How many messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број порука</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Messages of the case, oldest first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поруке предмета, најстарије прво</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Direction</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Смер</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Од</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сажетак</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="38"/>
        <source>Due and overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доспело и прекорачено</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>Due and overdue items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ставке којима је рок доспео или истекао</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стање</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="44"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Subjects of the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти предмета</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјект</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Категорија</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Role</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Улога</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаци о личности</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="76"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомене</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="78"/>
        <source>Case notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомене о предмету</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="20"/>
        <source>Close case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затвори предмет</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="20"/>
        <source>Close or reopen the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затвори или поново отвори предмет</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="21"/>
        <source>Ha&amp;nd-over file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досије за &amp;предају…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="21"/>
        <source>Make the case&apos;s hand-over file (PDF)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Направи досије предмета за предају (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="36"/>
        <source>Case details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Детаљи предмета</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="50"/>
        <source>Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исходи</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Outcomes of the joint action on this case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исходи заједничке акције на овом предмету</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Count</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомена</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="55"/>
        <source>Add &amp;outcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Додај &amp;исход…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="55"/>
        <source>Record an outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Евидентирај исход</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="56"/>
        <source>Remove outcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уклони исход…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="56"/>
        <source>Remove the chosen outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уклони изабрани исход</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="63"/>
        <source>Other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Други системи</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="65"/>
        <source>References to this case in other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референце на овај предмет у другим системима</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="65"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Систем</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="65"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референца</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="68"/>
        <source>Add &amp;reference…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Додај &amp;референцу…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="68"/>
        <source>Add a reference in another system</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Додај референцу у другом систему</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="69"/>
        <source>Remove reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уклони референцу</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="69"/>
        <source>Remove the chosen reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уклони изабрану референцу</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="52"/>
        <source>≤ 1 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>≤ 1 х</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="53"/>
        <source>1–8 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1–8 х</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="54"/>
        <source>8–24 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>8–24 х</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="55"/>
        <source>1–3 d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1–3 д</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="56"/>
        <source>3–7 d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>3–7 д</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="57"/>
        <source>7–14 d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>7–14 д</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="58"/>
        <source>&gt; 14 d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&gt; 14 д</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="59"/>
        <source>Unanswered, overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без одговора, прекорачено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="60"/>
        <source>Unanswered, within limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без одговора, у року</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="68"/>
        <source>Urgent, direct (8 h)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно, директно (8 х)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="69"/>
        <source>Urgent, indirect (3 d)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно, индиректно (3 д)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="70"/>
        <source>Other (7 d)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Остали (7 д)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="138"/>
        <source>Jan</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>јан</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="139"/>
        <source>Feb</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>феб</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="140"/>
        <source>Mar</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мар</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="141"/>
        <source>Apr</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>апр</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="142"/>
        <source>May</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="143"/>
        <source>Jun</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>јун</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="144"/>
        <source>Jul</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>јул</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="145"/>
        <source>Aug</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>авг</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="146"/>
        <source>Sep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>сеп</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="147"/>
        <source>Oct</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>окт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="148"/>
        <source>Nov</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нов</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="149"/>
        <source>Dec</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>дец</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="234"/>
        <source>Others</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Остали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="244"/>
        <source>No requests or alerts in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема захтева ни упозорења у овом периоду.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="301"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема захтева у овом периоду.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="356"/>
        <source>%1 limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>рок од %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="40"/>
        <source>Watch list %1 (version %2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Листа за праћење %1 (верзија %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="42"/>
        <source>Held on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чува се на овом рачунару</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="77"/>
        <source>Check</source>
        <extracomment>a check ran: how many hits nothing to re-read when the cache changes (a check is run on demand)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="163"/>
        <source>Give the reason for this check first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прво наведите разлог ове провере</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="192"/>
        <source>The check could not run (%1). Nothing was recorded; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера није могла да се изврши (%1). Ништа није забележено; покушајте поново, а ако се понавља, обратите се ИТ служби.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/check.py" line="204"/>
        <source>%n hit(s), best first (%1 ms, offline).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n погодак, најбољи први (%1 ms, ван мреже).</numerusform>
            <numerusform>%n поготка, најбољи први (%1 ms, ван мреже).</numerusform>
            <numerusform>%n погодака, најбољи први (%1 ms, ван мреже).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="207"/>
        <source>No hit in the watch lists or on this laptop (%1 ms, offline).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема погодака у листама за праћење ни на овом рачунару (%1 ms, ван мреже).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="210"/>
        <source>MRZ read: %1, check digits valid, document %2.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>MRZ прочитан: %1, контролне цифре исправне, документ %2.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="213"/>
        <source>No watch list is held yet: only this laptop&apos;s records were checked; sync to fetch the lists.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Још нема ниједне листе за праћење: проверени су само записи на овом рачунару; синхронизујте да бисте преузели листе.</translation>
    </message>
    <message>
        <source>Check a person, vehicle, document or phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Провера особе, возила, документа или телефона</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="19"/>
        <source>Looks in the watch lists and in everything this laptop holds, offline, in Cyrillic and Latin. A check is a consultation of personal data: give the reason, which goes to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Претражује листе за праћење и све што овај рачунар чува, ван мреже, на ћирилици и латиници. Провера је увид у податке о личности: наведите разлог, који се уписује у ревизијски траг.</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="26"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="32"/>
        <source>Name, in any order and either script</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име, било којим редом и писмом</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="33"/>
        <source>e.g. Петровић Драган or Dragan Petrovic</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. Петровић Драган или Dragan Petrovic</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="38"/>
        <source>&amp;Born:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Рођен:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="44"/>
        <source>Year or date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Година или датум рођења</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="45"/>
        <source>YYYY or YYYY-MM-DD</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ГГГГ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="51"/>
        <source>Na&amp;tionality:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држа&amp;вљанство:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="57"/>
        <source>Nationality, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држављанство, ознака земље</translation>
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
        <translation>Та&amp;блице:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="70"/>
        <source>Registration plate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистарске таблице</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="71"/>
        <source>e.g. СА 1234 ВХ</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. СА 1234 ВХ</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="76"/>
        <source>&amp;Country:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Земља:</translation>
    </message>
    <message>
        <source>Country of the plate, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Земља таблица, ознака земље</translation>
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
        <translation>Бр. &amp;документа:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="95"/>
        <source>Document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број документа</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="100"/>
        <source>Ph&amp;one:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="106"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број телефона</translation>
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
        <translation>Машински читљива зона пасоша или личне карте</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="157"/>
        <source>Paste or type the machine-readable zone (2 or 3 lines)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Налепите или откуцајте машински читљиву зону (2 или 3 реда)</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="164"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Р&amp;азлог:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="170"/>
        <source>Reason for this check, written to the audit log</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог ове провере, уписује се у ревизијски траг</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="171"/>
        <source>e.g. driver at booth 3, lorry to Horgoš</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. возач на шалтеру 3, камион за Хоргош</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="176"/>
        <source>Chec&amp;k</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Провери</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="177"/>
        <source>Run the check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Покрени проверу</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="187"/>
        <source>Result of the check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат провере</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="195"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="200"/>
        <source>Hits, best first; each hit lists its reasons</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Погоци, најбољи први; сваки погодак наводи своје разлоге</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="204"/>
        <source>Score</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="205"/>
        <source>Where</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="206"/>
        <source>Entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Унос</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="207"/>
        <source>Matched</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подударање</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="84"/>
        <source>From the address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Према адреси</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="89"/>
        <source>Bitcoin, Litecoin, Tron and Ethereum-style addresses tell their network by their checksum; type the name of any other network (e.g. Monero).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адресе Bitcoin, Litecoin, Tron и адресе типа Ethereum откривају своју мрежу контролним збиром; за сваку другу мрежу упишите њен назив (нпр. Monero).</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="11"/>
        <source>Check a person, vehicle, document, phone, account or wallet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера особе, возила, документа, телефона, рачуна или новчаника</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="82"/>
        <source>Country of the plate or of a national account, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Земља таблица или домаћег рачуна, ознака земље</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="112"/>
        <source>&amp;Account:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рач&amp;ун:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="118"/>
        <source>Bank account: an IBAN, or a national number with its bank code and the country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Банковни рачун: IBAN или домаћи број са шифром банке и земљом</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="119"/>
        <source>IBAN, e.g. RS35 1050 0812 3123 1231 73</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN, нпр. RS35 1050 0812 3123 1231 73</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="125"/>
        <source>&amp;Wallet:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Новчаник:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="131"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адреса крипто-имовине</translation>
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
        <translation>Мр&amp;ежа:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="144"/>
        <source>Network of the address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мрежа адресе</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="117"/>
        <source>No hit in the watch lists or in your cache for this check.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема поготка у листама за праћење ни у вашој меморији за ову проверу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="118"/>
        <source>Type a name, a plate with its country, a document number, an MRZ or a phone number, and the reason for the check, then press Check. Hits from the partners&apos; watch lists and your own cache appear here, each with why it matches.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Унесите име, таблице са државом, број документа, MRZ или број телефона и разлог провере, па притисните Провери. Погоци из партнерских листа за праћење и ваше меморије појављују се овде, сваки са разлогом подударања.</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../liaison_app/gui/compose/_util.py" line="217"/>
        <source>choose one from the list</source>
        <extracomment>hide a field&apos;s error as soon as it is edited (forms checked when sent); a form that checks on every change (the subject editor) keeps its own errors fresh</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изаберите једну ставку са листе</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="494"/>
        <source>Not possible</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није могуће</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="547"/>
        <source>This draft cannot be opened here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај нацрт не може да се отвори овде.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/__init__.py" line="63"/>
        <location filename="../../liaison_app/gui/compose/actions.py" line="547"/>
        <source>Draft not opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрт није отворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="68"/>
        <source>choose the legal basis for sending this data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изаберите правни основ за слање ових података</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="71"/>
        <source>say why this data is sent (a few words at least)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>наведите зашто се ови подаци шаљу (бар неколико речи)</translation>
    </message>
</context>
<context>
    <name>ComposeAlertForm</name>
    <message>
        <location filename="../../ui/compose_alert.ui" line="11"/>
        <source>Alert &amp;kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Врста упозорења:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="17"/>
        <source>Alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста упозорења</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="25"/>
        <source>Problem with alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са врстом упозорења</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="30"/>
        <source>&amp;Action requested:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Тражено поступање:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="36"/>
        <source>What partners should do (leave empty for information only)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта партнери треба да предузму (оставите празно ако је само ради информисања)</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="37"/>
        <source>Action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражено поступање</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="46"/>
        <source>Problem with action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са траженим поступањем</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="51"/>
        <source>&amp;Valid until:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Важи &amp;до:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="52"/>
        <source>Alert has an end</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење има рок важења</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="59"/>
        <source>Valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Важи до</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="67"/>
        <source>Problem with valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са роком важења</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="72"/>
        <source>INTERPOL &amp;notice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>INTERPOL &amp;потерница:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="78"/>
        <source>INTERPOL notice colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Боја INTERPOL потернице</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="86"/>
        <source>Problem with interpol notice colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са бојом INTERPOL потернице</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="93"/>
        <source>INTERPOL notice meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значење INTERPOL потернице</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="98"/>
        <source>Notice &amp;reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Број потернице:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="105"/>
        <source>e.g. A-1234/5-2026</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. А-1234/5-2026</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="106"/>
        <source>INTERPOL notice reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број INTERPOL потернице</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="114"/>
        <source>Problem with interpol notice reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са бројем INTERPOL потернице</translation>
    </message>
</context>
<context>
    <name>ComposeAttachmentsForm</name>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="13"/>
        <source>Photos of documents and vehicles, scans, PDFs: up to 50 MiB each, encrypted before they leave this computer. Drag files here or paste an image (Ctrl+V). Photos are sent without their location data unless you tick &quot;Keep original&quot; (evidence).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фотографије докумената и возила, скенови, PDF-ови: до 50 MiB сваки, шифровани пре него што напусте овај рачунар. Превуците датотеке овде или налепите слику (Ctrl+V). Фотографије се шаљу без података о локацији, осим ако означите „Задржи оригинал“ (доказ).</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="14"/>
        <source>About attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О прилозима</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="19"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилози</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="25"/>
        <source>File</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="26"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="27"/>
        <source>Size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Величина</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="28"/>
        <source>Keep original</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задржи оригинал</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="29"/>
        <source>Location data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаци о локацији</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="35"/>
        <source>Attachments in total</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Укупно прилога</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="42"/>
        <source>&amp;Add files…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Додај датотеке…</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="43"/>
        <source>Add files</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Додај датотеке</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="49"/>
        <source>&amp;Paste image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Налепи слику</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="50"/>
        <source>Paste an image from the clipboard</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Налепи слику из оставе</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="56"/>
        <source>&amp;Remove</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Уклони</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="57"/>
        <source>Remove the selected attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уклони изабране прилоге</translation>
    </message>
</context>
<context>
    <name>ComposeCaseForm</name>
    <message>
        <location filename="../../ui/compose_case.ui" line="11"/>
        <source>&amp;No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Без предмета</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="13"/>
        <source>No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без предмета</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="18"/>
        <source>&amp;Existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Постојећи предмет</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="19"/>
        <location filename="../../ui/compose_case.ui" line="31"/>
        <source>Existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Постојећи предмет</translation>
    </message>
    <message>
        <source>Cas&amp;e:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Пр&amp;едмет:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="24"/>
        <source>Ca&amp;se:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пр&amp;едмет:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="39"/>
        <source>Problem with existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са постојећим предметом</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="44"/>
        <source>Ne&amp;w case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Но&amp;ви предмет</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="45"/>
        <source>New case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нови предмет</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="50"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Б&amp;рој:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="57"/>
        <source>e.g. GB-NCA/2026/0042</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. GB-NCA/2026/0042</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="58"/>
        <source>New case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број новог предмета</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="66"/>
        <source>Problem with new case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са бројем новог предмета</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="71"/>
        <source>&amp;Title:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="78"/>
        <source>New case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив новог предмета</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="86"/>
        <source>Problem with new case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са називом новог предмета</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="91"/>
        <source>Crime &amp;area:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Област криминала:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="98"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област криминала</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="106"/>
        <source>Problem with crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са облашћу криминала</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="112"/>
        <source>Linking a case keeps the message, its subjects and the replies together in the case view.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повезивањем са предметом порука, њени субјекти и одговори остају заједно у приказу предмета.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="83"/>
        <source>Compose request</source>
        <extracomment>the cross-check warning while it is open (tests answer it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Састави захтев</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="83"/>
        <source>Raise alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издај упозорење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="96"/>
        <source>A request for information to partner agencies. The reply is due within the time limit of its urgency class.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтев за информације упућен партнерским службама. Одговор доспева у року који одговара степену хитности.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="98"/>
        <source>A law-enforcement alert to partner agencies: a lookout, spontaneous information or a warning.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Полицијско упозорење партнерским службама: потрага, спонтано достављена информација или упозорење на опасност.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="114"/>
        <source>Request details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости захтева</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="115"/>
        <source>Alert details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости упозорења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="116"/>
        <source>Case and reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет и основ</translation>
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
        <translation>Није поново приложено (премештено, обрисано или налепљена слика превелика да би се чувала у нацрту): %1. Приложите их поново ако су потребни.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="244"/>
        <source>The draft could not be saved: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрт није могао да се сачува: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="366"/>
        <source>Attachments (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилози (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="367"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилози</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="399"/>
        <source>The profile was locked before the message was queued. Unlock and open it from Drafts.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профил је закључан пре него што је порука стављена у ред за слање. Откључајте профил и отворите поруку из Нацрта.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="472"/>
        <source>The message could not be queued ({error}). It is still here and kept as a draft; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поруку није било могуће ставити у ред за слање ({error}). И даље је овде и чува се као нацрт; покушајте поново, а ако се проблем понавља, обратите се ИТ служби.</translation>
    </message>
    <message>
        <source>Request &amp;details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Појединости захтева</translation>
    </message>
    <message>
        <source>Alert &amp;details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Појединости упозорења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="340"/>
        <source>The message was not queued: correct the fields marked in red.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука није стављена у ред за слање: исправите поља означена црвеном бојом.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="398"/>
        <source>Profile locked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профил је закључан</translation>
    </message>
    <message>
        <source>The profile was locked before the message was queued. Unlock and compose it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Профил је закључан пре него што је порука стављена у ред за слање. Откључајте профил и поново саставите поруку.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="467"/>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="471"/>
        <source>Message not queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука није стављена у ред за слање</translation>
    </message>
    <message>
        <source>The message could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Поруку није било могуће ставити у ред за слање ({error}). Ништа није сачувано; покушајте поново, а ако се проблем понавља, обратите се ИТ служби.</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">При&amp;лози (%1)</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">При&amp;лози</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="381"/>
        <source>Encrypting the attachments…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифровање прилога…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="443"/>
        <source>The attachments could not be encrypted ({error}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилози нису могли да се шифрују ({error}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="489"/>
        <source>Queued: waiting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У реду: чека</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="490"/>
        <source>The message is signed and queued. It is sealed and sent at the first sync after the partner&apos;s officer enrols ({reason}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука је потписана и стављена у ред за слање. Биће запечаћена и послата при првој синхронизацији након што се службеник партнера региструје ({reason}).</translation>
    </message>
    <message>
        <source>&amp;Case and reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Предмет и разлог</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <location filename="../../ui/compose.ui" line="13"/>
        <source>About this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О овој поруци</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="19"/>
        <source>Compose sections</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Делови поруке</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Порука</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">По&amp;јединости</translation>
    </message>
    <message>
        <source>&amp;Grading and handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Оцена и руковање</translation>
    </message>
    <message>
        <source>S&amp;ubjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">С&amp;убјекти</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Пр&amp;едмет</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="21"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="26"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="31"/>
        <source>Grading and handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена и руковање</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="36"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="41"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="46"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилози</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="57"/>
        <source>Problem with the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са поруком</translation>
    </message>
    <message>
        <source>Sign and queue works offline: the message is sealed now and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">„Потпиши и стави у ред за слање“ ради и без везе: порука се сада запечаћује и шаље при следећој синхронизацији.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="76"/>
        <location filename="../../ui/compose.ui" line="78"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="83"/>
        <source>Sign and &amp;queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави у ред &amp;за слање</translation>
    </message>
    <message>
        <source>&amp;Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Потпиши и стави у ред за слање</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="84"/>
        <source>Sign, encrypt and queue for sending (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши, шифруј и стави у ред за слање (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="86"/>
        <source>Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави у ред за слање</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">При&amp;лози</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="65"/>
        <source>Sign and queue works offline: the message is signed now, then sealed for the partner devices listed at the next sync and sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потписивање и стављање у ред ради и ван мреже: порука се сада потписује, а при следећој синхронизацији запечаћује за уређаје партнера који су тада у именику и шаље.</translation>
    </message>
</context>
<context>
    <name>ComposeGradingForm</name>
    <message>
        <location filename="../../ui/compose_grading.ui" line="11"/>
        <source>Grading &amp;scheme:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ш&amp;ема оцењивања:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="17"/>
        <source>Grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шема оцењивања</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="25"/>
        <source>Problem with grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са шемом оцењивања</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="32"/>
        <source>The scheme is stored with the codes. Codes are never converted between schemes.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шема се чува заједно са кодовима. Кодови се никада не прерачунавају из једне шеме у другу.</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="33"/>
        <source>About grading schemes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О шемама оцењивања</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="38"/>
        <source>&amp;Source evaluation:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена &amp;извора:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="44"/>
        <source>Source grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена извора</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="52"/>
        <source>Problem with source grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са оценом извора</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="59"/>
        <source>Source grade meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значење оцене извора</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="64"/>
        <source>&amp;Intelligence assessment:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Процена &amp;информације:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="70"/>
        <source>Information grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена информације</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="78"/>
        <source>Problem with information grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са оценом информације</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="85"/>
        <source>Information grade meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значење оцене информације</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="90"/>
        <source>&amp;Handling code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Код за руковање:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="96"/>
        <source>Handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="104"/>
        <source>Problem with handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са кодом за руковање</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="111"/>
        <source>Handling code meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значење кода за руковање</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="116"/>
        <source>C&amp;onditions:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Услови:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="122"/>
        <source>The provider&apos;s conditions; they travel with the data and bind the recipient</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услови пружаоца података; прате податке и обавезују примаоца</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="123"/>
        <source>Handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услови руковања</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="132"/>
        <source>Problem with handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са условима руковања</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="137"/>
        <source>&amp;Not to be passed on without the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Не прослеђивати без сагласности пружаоца података</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="138"/>
        <source>Not to be passed on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не прослеђивати</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="146"/>
        <source>Problem with not to be passed on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са забраном прослеђивања</translation>
    </message>
</context>
<context>
    <name>ComposeMessageForm</name>
    <message>
        <location filename="../../ui/compose_message.ui" line="11"/>
        <source>&amp;Recipients:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Примаоци:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="20"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примаоци</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="28"/>
        <source>Problem with recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са примаоцима</translation>
    </message>
    <message>
        <source>Tick an agency to address all its officers, or open it and tick single officers. Only agencies with a device in your directory are listed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Означите службу да бисте поруку упутили свим њеним службеницима или је отворите и означите појединачне службенике. Наведене су само службе које имају уређај у Вашем именику.</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="36"/>
        <source>Recipient help</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Помоћ за избор прималаца</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="41"/>
        <source>&amp;Priority:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="47"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="55"/>
        <source>Problem with priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са приоритетом</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="60"/>
        <source>&amp;Urgency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Хитност:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="66"/>
        <source>Urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Степен хитности</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="74"/>
        <source>Problem with urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са степеном хитности</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="79"/>
        <source>Reply due:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок за одговор:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="86"/>
        <source>Reply due date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум рока за одговор</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="91"/>
        <source>Message &amp;text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Текст поруке:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="97"/>
        <source>Message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст поруке</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="106"/>
        <source>Problem with message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са текстом поруке</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="35"/>
        <source>Tick an agency to address all its officers, or open it and tick single officers. An agency with no device yet can be addressed too: the message waits for its directory entry.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Означите агенцију да бисте се обратили свим њеним службеницима или је отворите и означите појединачне службенике. Можете се обратити и агенцији која још нема уређај: порука чека њен упис у именик.</translation>
    </message>
</context>
<context>
    <name>ComposeRequestForm</name>
    <message>
        <location filename="../../ui/compose_request.ui" line="11"/>
        <source>P&amp;urpose:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>С&amp;врха:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="17"/>
        <source>Why the information is needed (the investigation or operation)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зашто су информације потребне (истрага или операција)</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="18"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сврха</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="27"/>
        <source>Problem with purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са сврхом</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="32"/>
        <source>&amp;Information requested:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Тражене информације:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="38"/>
        <source>Exactly what you ask the partner to provide</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тачно шта тражите од партнера да достави</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="39"/>
        <source>Information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражене информације</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="48"/>
        <source>Problem with information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са траженим информацијама</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="53"/>
        <source>G&amp;rounds:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Основ:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="59"/>
        <source>The facts that justify the request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чињенице које оправдавају захтев</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="60"/>
        <source>Grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основ</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="69"/>
        <source>Problem with grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са основом</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="74"/>
        <source>The reply is sought for use as &amp;evidence in judicial proceedings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор се тражи ради употребе као &amp;доказ у судском поступку</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="75"/>
        <source>Evidence use sought</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражи се употреба као доказа</translation>
    </message>
</context>
<context>
    <name>ComposeSubjectsForm</name>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="13"/>
        <source>&amp;Kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="19"/>
        <source>Kind of subject to add</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста субјекта који се додаје</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="24"/>
        <source>&amp;Add subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Додај субјект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="26"/>
        <source>Add subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Додај субјект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="31"/>
        <source>R&amp;emove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Уклони субјект</translation>
    </message>
    <message>
        <source>&amp;Remove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Уклони субјект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="34"/>
        <source>Remove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уклони субјект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="51"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="56"/>
        <source>Subject editor</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уређивање субјекта</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="62"/>
        <source>No subjects yet. Choose a kind and press Add subject: a person, organisation, vehicle, travel document, phone or other identifier, location or route.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Још нема субјеката. Изаберите врсту и притисните „Додај субјект“: лице, организација, возило, путна исправа, телефон или други идентификатор, локација или рута.</translation>
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
            <numerusform>%n дан</numerusform>
            <numerusform>%n дана</numerusform>
            <numerusform>%n дана</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="193"/>
        <source>1 day %1 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1 дан %1 ч</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="197"/>
        <source>%1 h %2 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="199"/>
        <source>%1 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="208"/>
        <source>due in %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>рок за %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="209"/>
        <source>overdue by %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>рок истекао пре %1</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="46"/>
        <source>Name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="47"/>
        <source>Identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="48"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="70"/>
        <source> (you)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> (Ви)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="74"/>
        <source>This device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај уређај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="76"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уређај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="100"/>
        <source>No directory yet: sync to fetch it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Именик још не постоји: синхронизујте да бисте га преузели.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="102"/>
        <source>Directory version %1, valid until %2, fetched %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Верзија именика %1, важи до %2, преузето %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="108"/>
        <source>expired: sync to refresh it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>истекло: синхронизујте да бисте га освежили</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/page_directory.ui" line="13"/>
        <source>Directory version and validity</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Верзија и важење именика</translation>
    </message>
    <message>
        <location filename="../../ui/page_directory.ui" line="18"/>
        <source>Agencies, officers and devices</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Службе, службеници и уређаји</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/directory.py" line="36"/>
        <source>No directory yet. The signed directory of partner agencies, their officers and devices arrives with enrolment and is refreshed at every sync.</source>
        <extracomment>the model re-reads itself on ctx.data_changed (coalesced, and when shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Именик још не постоји. Потписани именик партнерских агенција, њихових службеника и уређаја стиже при регистрацији и освежава се при свакој синхронизацији.</translation>
    </message>
</context>
<context>
    <name>DisclosureReasonForm</name>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="13"/>
        <source>Why the data is sent (recorded with the disclosure)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зашто се подаци шаљу (бележи се уз откривање)</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="16"/>
        <source>Why the data is sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зашто се подаци шаљу</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="21"/>
        <source>Legal &amp;basis:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пр&amp;авни основ:</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="27"/>
        <source>Legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правни основ</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="37"/>
        <source>Problem with legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са правним основом</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="42"/>
        <source>&amp;Justification:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образ&amp;ложење:</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="48"/>
        <source>Why this partner needs this data, in a few words</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зашто су овом партнеру потребни ови подаци, у неколико речи</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="49"/>
        <source>Justification for sending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образложење слања</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="58"/>
        <source>Problem with justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са образложењем</translation>
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
        <translation>Оцена извора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="17"/>
        <source>Source reliability</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поузданост извора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="18"/>
        <source>Intelligence assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Процена информације</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="19"/>
        <source>Information accuracy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тачност информације</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="20"/>
        <source>reliable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>поуздан</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="21"/>
        <source>untested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>непроверен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="22"/>
        <source>not reliable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>непоуздан</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="23"/>
        <source>no doubt about authenticity, trustworthiness and competence, or reliable in all instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нема сумње у аутентичност, веродостојност и стручност, односно поуздан у свим случајевима</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="25"/>
        <source>reliable in most instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>поуздан у већини случајева</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="26"/>
        <source>unreliable in most instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>непоуздан у већини случајева</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="27"/>
        <source>cannot be assessed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није могуће проценити</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="28"/>
        <source>known directly to the source</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>извору непосредно познато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="29"/>
        <source>known indirectly to the source but corroborated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>извору посредно познато, али потврђено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="30"/>
        <source>known indirectly to the source</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>извору посредно познато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="31"/>
        <source>not known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није познато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="32"/>
        <source>suspected to be false or malicious</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>сумња се да је лажно или злонамерно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="33"/>
        <source>not in doubt</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није спорно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="34"/>
        <source>known personally to the source but not to the official passing it on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>извору лично познато, али не и службенику који је прослеђује</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="36"/>
        <source>not known personally to the source but corroborated by information already recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>извору није лично познато, али је потврђено већ евидентираним информацијама</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="38"/>
        <source>not known personally to the source and cannot be corroborated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>извору није лично познато и не може се потврдити</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="40"/>
        <source>lawful sharing permitted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>законито дељење је дозвољено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="41"/>
        <source>lawful sharing permitted subject to conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>законито дељење је дозвољено уз услове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="42"/>
        <source>use only to prevent and combat crime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>користити само за спречавање и сузбијање криминала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="43"/>
        <source>not to be used as evidence in judicial proceedings without the provider&apos;s permission</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не користити као доказ у судском поступку без дозволе пружаоца података</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="45"/>
        <source>not to be passed on without the provider&apos;s permission</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не прослеђивати без дозволе пружаоца података</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="46"/>
        <source>other restrictions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>друга ограничења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="48"/>
        <source>Urgent, information directly available (8 hours)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно, информације непосредно доступне (8 сати)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="49"/>
        <source>Urgent, information indirectly available (3 calendar days)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно, информације посредно доступне (3 календарска дана)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="50"/>
        <source>Any other request (7 calendar days)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сваки други захтев (7 календарских дана)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="51"/>
        <source>Red: locate and arrest pending extradition</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Црвена: проналажење и хапшење ради изручења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="52"/>
        <source>Blue: more information on identity, location or activities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Плава: додатне информације о идентитету, локацији или активностима</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="53"/>
        <source>Green: warning about criminal activity</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зелена: упозорење на криминалну активност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="54"/>
        <source>Yellow: missing person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Жута: нестало лице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="55"/>
        <source>Black: unidentified body</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Црна: неидентификовано тело</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="56"/>
        <source>Orange: imminent threat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наранџаста: непосредна претња</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="57"/>
        <source>Purple: modus operandi, objects, concealment methods</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Љубичаста: модус операнди, предмети, начини скривања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="58"/>
        <source>INTERPOL–UN Security Council Special Notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посебна потерница INTERPOL–Савет безбедности УН</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="59"/>
        <source>Silver: criminal assets (pilot)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сребрна: имовина стечена криминалом (пилот-пројекат)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="61"/>
        <source>Migrant smuggling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кријумчарење миграната</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="62"/>
        <source>Trafficking in human beings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Трговина људима</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="63"/>
        <source>Document fraud</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фалсификовање исправа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="52"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="64"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="106"/>
        <source>Other</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Друго</translation>
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
        <translation>INTERPOL И-24/7</translation>
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
        <translation>Национални систем</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="82"/>
        <source>Suspect</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Осумњичени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="83"/>
        <source>Convicted person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Осуђено лице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="84"/>
        <source>Victim</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Жртва</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="85"/>
        <source>Witness</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сведок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="86"/>
        <source>Contact or associate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Контакт или сарадник</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="88"/>
        <source>yes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="89"/>
        <source>no</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="90"/>
        <source>Lookout</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потрага</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="91"/>
        <source>Spontaneous information</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спонтано достављена информација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="92"/>
        <source>Warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="93"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Достављено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="94"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Делимично достављено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="95"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбијено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="96"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражено појашњење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="97"/>
        <source>Technical (arrived)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Техничка (примљено)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="98"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="99"/>
        <source>Business (being acted on)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поступање у току</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="100"/>
        <source>Rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исправка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="101"/>
        <source>Withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повлачење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="103"/>
        <source>Female</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Женски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="104"/>
        <source>Male</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мушки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="105"/>
        <source>Unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Непознато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="47"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="107"/>
        <source>Lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Камион</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="48"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="108"/>
        <source>Van</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Комби</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="49"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="109"/>
        <source>Car</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Путнички аутомобил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="50"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="110"/>
        <source>Bus</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Аутобус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="51"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="111"/>
        <source>Boat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пловило</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="53"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="112"/>
        <source>Passport</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пасош</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="113"/>
        <source>Identity card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лична карта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="55"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="114"/>
        <source>Visa</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Виза</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="56"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="115"/>
        <source>Residence permit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дозвола боравка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="116"/>
        <source>Genuine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исправна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="117"/>
        <source>False (forged or counterfeit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лажна (преиначена или фалсификована)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="118"/>
        <source>Stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Украдена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="119"/>
        <source>Stolen blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Украдени бланко образац</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="120"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број телефона</translation>
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
        <translation>Адреса е-поште</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="123"/>
        <source>Messaging handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Корисничко име у апликацији за поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="124"/>
        <source>Road</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Друмски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="125"/>
        <source>Rail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Железнички</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="126"/>
        <source>Sea</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поморски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="127"/>
        <source>River</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Речни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="128"/>
        <source>Air</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ваздушни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="129"/>
        <source>On foot</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пешице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="130"/>
        <source>Mixed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Комбиновани</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="132"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сврха</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="133"/>
        <source>Information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражене информације</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="134"/>
        <source>Grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="135"/>
        <source>Urgency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="136"/>
        <source>Evidence use sought</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражи се употреба као доказа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="137"/>
        <source>Alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста упозорења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="138"/>
        <source>Action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражено поступање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="139"/>
        <source>Valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Важи до</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="140"/>
        <source>INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>INTERPOL потерница</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="141"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="142"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="143"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврда пријема</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="144"/>
        <source>Of message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За поруку</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="145"/>
        <source>Action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Радња</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="146"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="147"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="148"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област криминала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="150"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Псеудоними</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="151"/>
        <source>Colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Боја</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="152"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="153"/>
        <source>Date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="154"/>
        <source>Document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста исправе</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="155"/>
        <source>Expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум истека</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="156"/>
        <source>Given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="157"/>
        <source>Identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста идентификатора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="158"/>
        <source>Is border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Гранични прелаз</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="159"/>
        <source>Issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум издавања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="160"/>
        <source>Issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава издавања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="161"/>
        <source>Latitude e6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска ширина (×10⁶)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="162"/>
        <source>Longitude e6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска дужина (×10⁶)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="163"/>
        <source>Make</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Марка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="164"/>
        <source>Mode</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Начин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="165"/>
        <source>Model</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Модел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="166"/>
        <source>Name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="167"/>
        <source>Nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држављанства</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="168"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомене</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="169"/>
        <source>Number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="170"/>
        <source>Place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Место рођења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="171"/>
        <source>Registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистарска ознака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="172"/>
        <source>Registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава регистрације</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="173"/>
        <source>Service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="174"/>
        <source>Sex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="175"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="176"/>
        <source>Surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Презиме</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="177"/>
        <source>Value</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вредност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="178"/>
        <source>Vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста возила</translation>
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
        <translation>Успутне тачке</translation>
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
        <translation>Број рачуна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="184"/>
        <source>Bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифра банке</translation>
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
        <translation>Власник рачуна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="187"/>
        <source>Bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив банке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="188"/>
        <source>Last four</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последње четири цифре</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="189"/>
        <source>Issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издавалац</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="190"/>
        <source>Provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пружалац услуге</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="191"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="192"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="193"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="194"/>
        <source>Sent on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послато дана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="195"/>
        <source>Sender name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име пошиљаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="196"/>
        <source>Sender country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава пошиљаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="197"/>
        <source>Receiver name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име примаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="198"/>
        <source>Receiver country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава примаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="199"/>
        <source>Network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мрежа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="200"/>
        <source>Network name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив мреже</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="201"/>
        <source>Address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="202"/>
        <source>Asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Криптовалута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="203"/>
        <source>Broker name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име посредника</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="204"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Локација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="43"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="205"/>
        <source>Phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="206"/>
        <source>Courier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Курир</translation>
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
        <translation>Друга мрежа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="70"/>
        <source>Persons arrested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ухапшена лица</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="71"/>
        <source>Persons charged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оптужена лица</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="72"/>
        <source>Convictions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пресуде</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="73"/>
        <source>Vehicles stopped</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заустављена возила</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="74"/>
        <source>Documents seized (genuine)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одузета документа (права)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="75"/>
        <source>Documents seized (false)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одузета документа (лажна)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="76"/>
        <source>Victims safeguarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заштићене жртве</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="77"/>
        <source>Cash seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одузета готовина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="78"/>
        <source>Assets seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одузета имовина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="79"/>
        <source>Smuggling attempts prevented</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спречени покушаји кријумчарења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="80"/>
        <source>No further action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без даљих мера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="216"/>
        <source>Prevention, investigation, detection or prosecution of crime (DPA 2018 s.31, LED Art. 1(1))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спречавање, истрага, откривање или гоњење кривичних дела (DPA 2018 s.31, LED чл. 1(1))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="218"/>
        <source>Exchange of information between law-enforcement authorities (Directive (EU) 2023/977)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Размена информација између органа за спровођење закона (Директива (ЕУ) 2023/977)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="220"/>
        <source>International agreement (UK–Serbia, UK–Bulgaria, SELEC Convention; DPA 2018 s.75(1)(a), LED Art. 37(1)(a))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Међународни споразум (UK–Србија, UK–Бугарска, Конвенција SELEC; DPA 2018 s.75(1)(a), LED чл. 37(1)(а))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="222"/>
        <source>Appropriate safeguards assessed by the controller (DPA 2018 s.75(1)(b), LED Art. 37(1)(b))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговарајуће заштитне мере које је проценио руковалац (DPA 2018 s.75(1)(b), LED чл. 37(1)(б))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="224"/>
        <source>Special circumstances: life, or an immediate and serious threat to public security (DPA 2018 s.76, LED Art. 38)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посебне околности: живот, или непосредна и озбиљна претња јавној безбедности (DPA 2018 s.76, LED чл. 38)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="226"/>
        <source>Other (say which in the justification)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Друго (наведите које у образложењу)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="227"/>
        <source>Duty to tell recipients that data sent was incorrect or unlawfully sent (LED Art. 7(3), DPA 2018 s.38)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обавеза да се примаоци обавесте да су послати подаци нетачни или незаконито послати (LED чл. 7(3), DPA 2018 s.38)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="229"/>
        <source>Identity (names, dates of birth, nationality)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Идентитет (имена, датуми рођења, држављанство)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="230"/>
        <source>Travel and identity documents</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Путне и личне исправе</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="231"/>
        <source>Vehicles</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Возила</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="232"/>
        <source>Phones, e-mail and messaging identifiers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефони, е-пошта и идентификатори за поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="233"/>
        <source>Places and routes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Места и руте</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="234"/>
        <source>Organisations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Организације</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="235"/>
        <source>Financial data (accounts, cards, transfers, wallets, cash)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Финансијски подаци (рачуни, картице, трансфери, новчаници, готовина)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="236"/>
        <source>Personal assessments (not facts, LED Art. 7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Личне процене (не чињенице, LED чл. 7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="237"/>
        <source>Free text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Слободан текст</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="238"/>
        <source>Attached files</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приложене датотеке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="239"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чека одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="240"/>
        <source>Partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Делимично одговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="241"/>
        <source>Withdrawn</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повучено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="45"/>
        <source>E-mail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="46"/>
        <source>Handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Налог</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="54"/>
        <source>Id card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лична карта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="57"/>
        <source>false</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>лажна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="58"/>
        <source>stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>украдена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="59"/>
        <source>blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>бланко</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="49"/>
        <source>Close this message?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затворити ову поруку?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="50"/>
        <source>This message has not been sent. Keep it as a draft to finish later, discard it, or go on editing?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ова порука није послата. Сачувати је као нацрт да је завршите касније, одбацити је или наставити уређивање?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="52"/>
        <source>&amp;Keep as draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сачувај као нацрт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="54"/>
        <source>&amp;Discard</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Одбаци</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="56"/>
        <source>&amp;Go on editing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Настави уређивање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="58"/>
        <source>Keep as draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувај као нацрт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="59"/>
        <source>Discard the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбаци поруку</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="60"/>
        <source>Go on editing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Настави уређивање</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="91"/>
        <source>(no recipient yet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(још нема примаоца)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="94"/>
        <source>(no text yet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(још нема текста)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/drafts.py" line="104"/>
        <source>%n draft(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n нацрт</numerusform>
            <numerusform>%n нацрта</numerusform>
            <numerusform>%n нацрта</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="132"/>
        <source>Discard draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбацивање нацрта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="133"/>
        <source>Discard this draft? It is erased and cannot be brought back.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбацити овај нацрт? Биће обрисан и не може се вратити.</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="11"/>
        <source>Drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрти</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="19"/>
        <source>What you were composing is kept here, encrypted, until you send or discard it. Drafts nobody edits for a month are erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оно што сте састављали чува се овде, шифровано, док га не пошаљете или одбаците. Нацрти које нико не мења месец дана бришу се.</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="27"/>
        <source>How many drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Колико има нацрта</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="37"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="38"/>
        <source>Open the selected draft to go on composing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворите изабрани нацрт да наставите са састављањем</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="44"/>
        <source>&amp;Discard…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О&amp;дбаци…</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="45"/>
        <source>Discard the selected draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбаците изабрани нацрт</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="53"/>
        <source>Drafts, the most recently edited first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрти, прво последњи мењани</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="58"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="59"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="60"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="61"/>
        <source>Text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="62"/>
        <source>Last edited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последња измена</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="70"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="58"/>
        <source>No drafts. A request, alert, reply or forward you start and leave unsent is kept here, encrypted, until you send or discard it.</source>
        <extracomment>the list was re-read: how many drafts refreshed by the shell on ctx.data_changed (when shown, or when next shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема нацрта. Захтев, упозорење, одговор или прослеђивање које започнете и не пошаљете чува се овде, шифровано, док га не пошаљете или одбаците.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="193"/>
        <source>Enrolment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="194"/>
        <source>Step 3 of 3: keys, encrypted cache and the hub.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Корак 3 од 3: кључеви, шифрована локална база и чвориште.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="245"/>
        <source>Enrolled. Liaison is ready.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрација је завршена. Liaison је спреман.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="250"/>
        <source>Your profile is ready, but the hub could not enrol this computer yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ваш профил је спреман, али чвориште још није могло да региструје овај рачунар.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="253"/>
        <source>{0}

Choose “Enrol when connected” to start using Liaison now: you can read the cache and queue work, and Liaison enrols at the first sync that reaches the hub. Or connect and choose “Try again”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}

Изаберите „Региструј при успостављању везе“ да бисте одмах почели да користите Liaison: можете читати локалну базу и стављати рад у ред за слање, а Liaison ће се регистровати при првој синхронизацији која допре до чворишта. Или успоставите везу и изаберите „Покушај поново“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="266"/>
        <source>Enrolment did not finish.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрација није завршена.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="295"/>
        <source>Making keys and the encrypted cache…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Израда кључева и шифроване локалне базе…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="298"/>
        <source>Opening the prepared profile…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отварање припремљеног профила…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="302"/>
        <source>Contacting the hub at {0}…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Успостављање везе са чвориштем {0}…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="311"/>
        <source>Opening Liaison…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отварање апликације Liaison…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="165"/>
        <source>Erase a record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брисање записа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="167"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Обриши…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="168"/>
        <source>Erase the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обриши запис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="170"/>
        <source>Erase %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брисање: %1 %2 — %3 (рок за преиспитивање био је %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="185"/>
        <source>Also erase the %n message(s) that carry this subject</source>
        <extracomment>the confirmation box while it is open (tests press its buttons)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Обриши и %n поруку која садржи овај субјект</numerusform>
            <numerusform>Обриши и %n поруке које садрже овај субјект</numerusform>
            <numerusform>Обриши и %n порука које садрже овај субјект</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="206"/>
        <source>Erase the draft (%2)?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Избрисати нацрт (%2)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="208"/>
        <source>Erase subject %1 “%2” and the %n message(s) that carry it?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Обрисати субјект %1 „%2“ и %n поруку која га садржи?</numerusform>
            <numerusform>Обрисати субјект %1 „%2“ и %n поруке које га садрже?</numerusform>
            <numerusform>Обрисати субјект %1 „%2“ и %n порука које га садрже?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="211"/>
        <source>Erase subject %1 “%2”?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обрисати субјект %1 „%2“?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="214"/>
        <source>This cannot be undone.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ово се не може поништити.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="217"/>
        <source>Confirm erasure</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврда брисања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="223"/>
        <source>Erase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обриши</translation>
    </message>
    <message numerus="yes">
        <source>Erased subject %1 and %n message(s). The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">
            <numerusform>Обрисани су субјект %1 и %n порука. Брисање је забележено у ревизијском трагу.</numerusform>
            <numerusform>Обрисани су субјект %1 и %n поруке. Брисање је забележено у ревизијском трагу.</numerusform>
            <numerusform>Обрисани су субјект %1 и %n порука. Брисање је забележено у ревизијском трагу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased subject %1. The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Субјект %1 је обрисан. Брисање је забележено у ревизијском трагу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="201"/>
        <source>Erase case %1 “%2” with the messages and subjects filed only in it?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Избрисати предмет %1 „%2“ са порукама и субјектима који су заведени само у њему?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="204"/>
        <source>Erase message %1 (%2)?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Избрисати поруку %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="261"/>
        <source>Erased %2 %1 and %n message(s). The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Избрисано: %2 %1 и %n порука. Брисање је у ревизијском дневнику.</numerusform>
            <numerusform>Избрисано: %2 %1 и %n поруке. Брисање је у ревизијском дневнику.</numerusform>
            <numerusform>Избрисано: %2 %1 и %n порука. Брисање је у ревизијском дневнику.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="264"/>
        <source>Erased %2 %1. The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Избрисано: %2 %1. Брисање је у ревизијском дневнику.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Re-enrolment needed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Потребна је поновна регистрација</translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Откључавање није могуће</translation>
    </message>
    <message>
        <source>Not done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Није извршено</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проверите образац</translation>
    </message>
    <message>
        <source>This entry is not valid: {0}. Correct it and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Овај унос није исправан: {0}. Исправите га и покушајте поново.</translation>
    </message>
    <message>
        <source>Local cache problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проблем са локалном базом</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проблем са синхронизацијом</translation>
    </message>
    <message>
        <source>File problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проблем са датотеком</translation>
    </message>
    <message>
        <source>A file could not be read or written ({0}). Check the disk and the folder permissions, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Датотеку није било могуће прочитати или уписати ({0}). Проверите диск и дозволе за фасциклу, па покушајте поново.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Дошло је до грешке</translation>
    </message>
    <message>
        <source>Liaison hit an unexpected problem and stopped that action. Your data is safe. Try again; if it happens again, contact IT and mention the time ({0}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Liaison је наишао на неочекиван проблем и прекинуо ту радњу. Ваши подаци су безбедни. Покушајте поново; ако се то понови, обратите се ИТ служби и наведите време ({0}).</translation>
    </message>
    <message>
        <source>Working offline: your work is kept and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Рад ван мреже: Ваш рад је сачуван и биће послат при следећој синхронизацији.</translation>
    </message>
    <message>
        <source>The hub asked to slow down; Liaison retries by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чвориште је затражило успоравање; Liaison ће сам покушати поново.</translation>
    </message>
    <message>
        <source>This computer must be enrolled again. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Овај рачунар мора поново да се региструје. Обратите се ИТ служби.</translation>
    </message>
    <message>
        <source>The hub&apos;s identity did not match. Do not continue; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Идентитет чворишта се не подудара. Не настављајте; обратите се ИТ служби.</translation>
    </message>
    <message>
        <source>The hub refused the request. Contact IT if it persists.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чвориште је одбило захтев. Ако се то понавља, обратите се ИТ служби.</translation>
    </message>
    <message>
        <source>The hub answered something unexpected. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чвориште је вратило неочекиван одговор. Обратите се ИТ служби.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="64"/>
        <source>Save attachment outside Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чување прилога ван Liaison-а</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="70"/>
        <source>%1 (%2, %3). The saved copy is not encrypted: keep it only where your agency&apos;s rules allow.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (%2, %3). Сачувана копија није шифрована: чувајте је само где то дозвољавају правила ваше службе.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="79"/>
        <source>Choose &amp;file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изабери &amp;датотеку…</translation>
    </message>
</context>
<context>
    <name>ExportForCarrierDialog</name>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="61"/>
        <source>Export for carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извоз за курира</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="68"/>
        <source> days</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> дана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="77"/>
        <source>Why these recipients need what is queued for them, in a few words</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зашто је овим примаоцима потребно оно што чека за њих, у неколико речи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="151"/>
        <source>Tick at least one recipient.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Означите бар једног примаоца.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="172"/>
        <source>Nothing waits for {0}: no queued message and no acknowledgement owed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ништа не чека за {0}: нема порука у реду за слање нити дугованих потврда пријема.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="176"/>
        <source>Messages: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поруке: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="177"/>
        <source>Attachments: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилози: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="179"/>
        <source>Acknowledgements owed: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дуговане потврде пријема: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="180"/>
        <source>For: {0}; {1} device(s) can open it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За: {0}; може га отворити уређаја: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="182"/>
        <source>May relay it: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да га проследи: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="183"/>
        <source>nobody</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нико</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="184"/>
        <source>Expires: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Истиче: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="187"/>
        <source>Not carried: {0} message(s) waiting for a partner&apos;s directory entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не шаље се: порука које чекају упис партнера у именик: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="190"/>
        <source>Not carried: {0} message(s) beyond one bundle; export again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не шаље се: порука преко капацитета једног пакета: {0}; извезите поново</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="192"/>
        <source>Warning: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="197"/>
        <source>Write the bundle to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упиши пакет у</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="198"/>
        <source>Liaison bundles (*{0});;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison пакети (*{0});;Све датотеке (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="209"/>
        <source>Tick a recipient and name the file to write.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Означите примаоца и наведите датотеку која се уписује.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="255"/>
        <source>Close</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="257"/>
        <source>Written: {0} ({1}).
The messages are handed to the carrier and stay in the outbox until delivery is confirmed; the transfer is recorded on the Transfers page.

{2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уписано: {0} ({1}).
Поруке су предате куриру и остају у одлазним док се испорука не потврди; пренос је забележен на страници „Преноси података“.

{2}</translation>
    </message>
    <message>
        <source>Written: {0} ({1}).
The messages are handed to the carrier and stay in the outbox until delivery is confirmed.

{2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Уписано: {0} ({1}).
Поруке су предате куриру и остају у одлазним док се испорука не потврди.

{2}</translation>
    </message>
</context>
<context>
    <name>ExportReasonDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="61"/>
        <source>Export outside Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извоз ван апликације Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="67"/>
        <source>e.g. quarterly check by the data-protection officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. тромесечна провера лица за заштиту података</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="72"/>
        <source>Choose &amp;file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите &amp;датотеку…</translation>
    </message>
</context>
<context>
    <name>ExternalRefDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="134"/>
        <source>Reference in another system — %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референца у другом систему — %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="152"/>
        <source>Check the reference: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверите референцу: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="76"/>
        <source>Provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека за доделу приступа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="77"/>
        <source>Step 1 of 3: the file IT gave you.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Корак 1 од 3: датотека коју Вам је дала ИТ служба.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="92"/>
        <source>Provisioning file from IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека за доделу приступа од ИТ службе</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="93"/>
        <source>Provisioning files (*.json);;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотеке за доделу приступа (*.json);;Све датотеке (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="105"/>
        <source>No file chosen.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није изабрана ниједна датотека.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="106"/>
        <source>There is no file at this place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На овој локацији нема датотеке.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="115"/>
        <source>Not valid: {0} Ask IT for a new file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није важећа: {0} Затражите нову датотеку од ИТ службе.</translation>
    </message>
    <message>
        <source>Valid: signed by your IT provisioning authority; expires {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Важећа: потписао ју је Ваш ИТ орган за доделу приступа; истиче {0}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="126"/>
        <source>{0} (set by IT&apos;s policy)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} (одредила ИТ служба)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="130"/>
        <source>Valid: signed by the provisioning authority with fingerprint {0}; check it is the one IT gave you. Expires {1}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Важећа: потписао ју је орган за доделу приступа са отиском {0}; проверите да је то отисак који Вам је дала ИТ служба. Истиче {1}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="326"/>
        <source>Liaison — First run</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Прво покретање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="336"/>
        <source>Open Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отвори Liaison</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="23"/>
        <source>%1 — closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — затворено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="24"/>
        <source>your move</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>на вама је ред</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="25"/>
        <source>waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>чека се партнер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="26"/>
        <source>%1 — open, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — отворено, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="33"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтев</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="39"/>
        <source>Answer: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="41"/>
        <source>Clarification given</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појашњење дато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="42"/>
        <source>Recall: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опозив: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="47"/>
        <source>Follow-up: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Праћење: %1</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="362"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђивање</translation>
    </message>
    <message>
        <source>Handling code: {text}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Код за руковање: {text}</translation>
    </message>
    <message>
        <source>No handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Нема кода за руковање.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="400"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Могу се прослеђивати само захтеви и упозорења.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="406"/>
        <source>Allowed: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дозвољено: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="407"/>
        <source>Refused: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбијено: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="465"/>
        <source>tick at least one agency to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>означите најмање једну службу којој се прослеђује</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="434"/>
        <source>May receive this message. No device there is enrolled yet: the forward waits until the partner&apos;s directory entry arrives.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да прими ову поруку. Тамо још није регистрован ниједан уређај: прослеђивање чека док не стигне партнеров унос у именику.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="436"/>
        <source>May receive this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да прими ову поруку</translation>
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
        <translation>Ваш именик још не наводи ниједну агенцију. Синхронизујте (F5) да бисте га преузели.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/compose/actions.py" line="449"/>
        <source>%n agency(ies) may receive this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n агенција може да прими ову поруку</numerusform>
            <numerusform>%n агенције могу да приме ову поруку</numerusform>
            <numerusform>%n агенција може да прими ову поруку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardForm</name>
    <message>
        <location filename="../../ui/forward.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изворна порука</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="20"/>
        <source>Handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="27"/>
        <source>Forwarding decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одлука о прослеђивању</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="32"/>
        <source>The provider&apos;s &amp;consent to pass this on is recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сагласност пружаоца података за прослеђивање је евидентирана</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="33"/>
        <source>Provider&apos;s consent recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сагласност пружаоца података је евидентирана</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="40"/>
        <source>&amp;Agencies:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Службе:</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="46"/>
        <source>Agencies to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Службе којима се прослеђује</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="54"/>
        <source>Problem with agencies to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са службама којима се прослеђује</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="59"/>
        <source>&amp;Note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Напомена:</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="66"/>
        <source>Note to the new recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомена за нове примаоце</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="75"/>
        <source>Problem with note to the new recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са напоменом за нове примаоце</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="85"/>
        <source>Problem with the forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са прослеђивањем</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="98"/>
        <location filename="../../ui/forward.ui" line="100"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="105"/>
        <source>&amp;Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Проследи</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="107"/>
        <source>Sign and queue forward (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави прослеђивање у ред за слање (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="108"/>
        <source>Sign and queue forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави прослеђивање у ред за слање</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="19"/>
        <source>No handling code restricts onward sharing.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ниједан код за руковање не ограничава даље дељење.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="20"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission; the provider&apos;s consent is recorded, so it may be forwarded with the handling code unchanged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање H2 каже да се не прослеђује без дозволе пружаоца података; сагласност пружаоца је евидентирана, па се може проследити уз непромењен код за руковање.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="24"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent; the provider&apos;s consent is recorded, so it may be forwarded with the handling code unchanged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање C носи услов пружаоца података да се не прослеђује без његове сагласности; сагласност пружаоца је евидентирана, па се може проследити уз непромењен код за руковање.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="28"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање H2 каже да се не прослеђује без дозволе пружаоца података. Питајте пружаоца и евидентирајте његову сагласност пре прослеђивања.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="31"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање C носи услов пружаоца података да се не прослеђује без његове сагласности. Питајте пружаоца и евидентирајте његову сагласност пре прослеђивања.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="34"/>
        <source>Handling code {code} allows forwarding; its conditions travel with the message and bind the recipient: {conditions}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање {code} дозвољава прослеђивање; његови услови прате поруку и обавезују примаоца: {conditions}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="37"/>
        <source>Handling code {code} ({meaning}) allows forwarding; the code travels with the message.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање {code} ({meaning}) дозвољава прослеђивање; код прати поруку.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="42"/>
        <source>not until the provider&apos;s consent is recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не док се не евидентира сагласност пружаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="44"/>
        <source>only requests and alerts are forwarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>прослеђују се само захтеви и упозорења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="46"/>
        <source>sent this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>послала је ову поруку</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="47"/>
        <source>already received this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>већ је примила ову поруку</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="49"/>
        <source>no enrolled device in your directory yet; sync (F5) to refresh it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>још нема регистрован уређај у вашем именику; синхронизујте (F5) да га освежите</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="51"/>
        <source>Not graded (no handling code)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без оцене (без кода за руковање)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="70"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="73"/>
        <source>Not graded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без оцене</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="120"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изаберите једну ставку са листе</translation>
    </message>
</context>
<context>
    <name>HitWarning</name>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="29"/>
        <source>watch list %1, entry %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>листа за праћење %1, унос %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="31"/>
        <source>already held on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>већ се чува на овом рачунару</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="32"/>
        <source>Subject %1 (%2): %3, score %4 — %5</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјект %1 (%2): %3, оцена %4 — %5</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="38"/>
        <source>…and %1 more.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>…и још %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="50"/>
        <source>Subjects already known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти су већ познати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="51"/>
        <source>Some subjects of this message match a watch list or records already held. Sign and queue it anyway?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неки субјекти ове поруке одговарају листи за праћење или записима који се већ чувају. Ипак потписати и ставити у ред за слање?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="55"/>
        <source>Cross-check warning before signing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење унакрсне провере пре потписивања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="57"/>
        <source>&amp;Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Потпиши и стави у ред</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="59"/>
        <source>&amp;Go back</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Назад</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="98"/>
        <source>Image: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Слика: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="106"/>
        <source>Shown from memory; nothing is written to disk. To keep a copy, use Save as…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приказано из меморије; ништа се не уписује на диск. Да бисте задржали копију, користите Сачувај као…</translation>
    </message>
</context>
<context>
    <name>ImportFromCarrierDialog</name>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="57"/>
        <source>Import from carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Увоз од курира</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="77"/>
        <source>Choose the bundle file the carrier brought.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите датотеку пакета коју је донео курир.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="85"/>
        <source>Bundle to import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет за увоз</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="86"/>
        <source>Liaison bundles (*{0});;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison пакети (*{0});;Све датотеке (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="107"/>
        <source>This bundle cannot be imported.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет не може да се увезе.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="127"/>
        <source>From: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Од: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="128"/>
        <source>For: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="129"/>
        <source>Made: {0}; expires: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Направљен: {0}; истиче: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="131"/>
        <source>Holds: {0} message(s), {1} attachment(s) ({2}), {3} acknowledgement(s) of your bundles</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Садржи: порука {0}, прилога {1} ({2}), потврда пријема Ваших пакета {3}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="137"/>
        <source>Imported before: importing again stores nothing new.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Већ увезен: поновни увоз не чува ништа ново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="194"/>
        <source>Close</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="201"/>
        <source>Stored: {0} new message(s); {1} already here; {2} quarantined; {3} for others; {4} attachment(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувано: нових порука {0}; већ постоји {1}; у карантину {2}; за друге {3}; прилога {4}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="206"/>
        <source>Your messages: {0} delivered, {1} replied, {2} confirmed by acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ваше поруке: испоручено {0}, одговорено {1}, потврђено потврдом пријема {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="210"/>
        <source>Warning: {0} earlier bundle(s) from this sender have not arrived (lost, or still on their way).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење: ранијих пакета овог пошиљаоца који нису стигли: {0} (изгубљени или још на путу).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="214"/>
        <source>Acknowledgement bundle written: {0} — carry it back to {1}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет са потврдом пријема је уписан: {0} — однесите га назад за {1}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="218"/>
        <source>The acknowledgement bundle was not written: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет са потврдом пријема није уписан: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="225"/>
        <source>Relayed to the hub: {0} accepted, {1} it had already, {2} attachment(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђено чворишту: прихваћено {0}, већ је имало {1}, прилога {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="228"/>
        <source>Refused by the hub: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште је одбило: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Justification</name>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="155"/>
        <source>Justified earlier in this session for case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образложено раније у овој сесији за предмет %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="161"/>
        <source>Could not record the consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Увид није било могуће евидентирати</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="73"/>
        <location filename="../../liaison_app/gui/pages/justification.py" line="74"/>
        <source>Reason for opening personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог за отварање података о личности</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="86"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="87"/>
        <source>Open the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отвори запис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="90"/>
        <source>%1 — case %2 (the reason covers the whole case until you lock)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — предмет %2 (разлог важи за цео предмет док не закључате профил)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="115"/>
        <source>Give a reason of a few words at least.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите разлог од најмање неколико речи.</translation>
    </message>
</context>
<context>
    <name>JustificationForm</name>
    <message>
        <location filename="../../ui/justification.ui" line="13"/>
        <source>This record holds personal data. Say why you need to open it. Your reason is written to the audit log with the date, time and your name.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај запис садржи податке о личности. Наведите зашто га отварате. Ваш разлог се уписује у ревизијски траг заједно са датумом, временом и Вашим именом.</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="20"/>
        <source>Record to open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис који се отвара</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="25"/>
        <source>&amp;Reason for opening:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Разлог отварања:</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="31"/>
        <source>e.g. answering request from RS-BP on case GB-NCA/2026/0042</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. одговор на захтев RS-BP у предмету GB-NCA/2026/0042</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="33"/>
        <source>Reason for opening</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог отварања</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="41"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="116"/>
        <source>Keep until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задржи до новог датума преиспитивања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="118"/>
        <source>&amp;Keep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Задржи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="119"/>
        <source>Keep the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задржи запис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="124"/>
        <source>Keep %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задржавање: %1 %2 — %3 (рок за преиспитивање био је %4)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="152"/>
        <source>Kept %1 %2 until %3. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2 задржан до %3. Ваш разлог је забележен у ревизијском трагу.</translation>
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
        <translation>Захтев</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="19"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="58"/>
        <location filename="../../liaison_app/reports/texts.py" line="35"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="20"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="59"/>
        <location filename="../../liaison_app/reports/texts.py" line="36"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="21"/>
        <location filename="../../liaison_app/reports/texts.py" line="37"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврда пријема</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="22"/>
        <location filename="../../liaison_app/reports/texts.py" line="38"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дељење предмета</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="23"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="61"/>
        <location filename="../../liaison_app/reports/texts.py" line="39"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опозив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="26"/>
        <location filename="../../liaison_app/reports/texts.py" line="42"/>
        <source>Draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="27"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="37"/>
        <location filename="../../liaison_app/reports/texts.py" line="43"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У реду за слање</translation>
    </message>
    <message>
        <source>Waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чека партнера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="29"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="40"/>
        <location filename="../../liaison_app/reports/texts.py" line="45"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="30"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="41"/>
        <location filename="../../liaison_app/reports/texts.py" line="46"/>
        <source>Delivered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Испоручено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="31"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="42"/>
        <location filename="../../liaison_app/reports/texts.py" line="47"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="32"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="43"/>
        <location filename="../../liaison_app/reports/texts.py" line="48"/>
        <source>Replied</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="33"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="44"/>
        <location filename="../../liaison_app/reports/texts.py" line="49"/>
        <source>Failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неуспело</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="36"/>
        <source>Unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Непрочитано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="48"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чека се одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="49"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражено појашњење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="50"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Достављено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="51"/>
        <source>Partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Делимично одговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="52"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбијено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="53"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="65"/>
        <source>Withdrawn</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повучено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="60"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђивање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="68"/>
        <location filename="../../liaison_app/reports/texts.py" line="52"/>
        <source>Routine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Редовно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="69"/>
        <location filename="../../liaison_app/reports/texts.py" line="53"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="70"/>
        <location filename="../../liaison_app/reports/texts.py" line="54"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="71"/>
        <location filename="../../liaison_app/reports/texts.py" line="55"/>
        <source>Immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неодложно</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чека на слање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="74"/>
        <location filename="../../liaison_app/reports/texts.py" line="58"/>
        <source>Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="75"/>
        <location filename="../../liaison_app/reports/texts.py" line="59"/>
        <source>Dormant</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У мировању</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="76"/>
        <location filename="../../liaison_app/reports/texts.py" line="60"/>
        <source>Closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="79"/>
        <source>Migrant smuggling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кријумчарење миграната</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="80"/>
        <source>Trafficking in human beings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Трговина људима</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="81"/>
        <source>Document fraud</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фалсификовање исправа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="82"/>
        <source>Other</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Друго</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="85"/>
        <source>Damaged or malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оштећено или неисправно формирано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="86"/>
        <source>From a newer version of Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Из новије верзије апликације Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="87"/>
        <source>Sender signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпис пошиљаоца није важећи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="88"/>
        <source>Message signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпис поруке није важећи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="89"/>
        <source>Envelope and message disagree</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Омотница и порука се не подударају</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="90"/>
        <source>Not addressed to this device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није упућено овом уређају</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="91"/>
        <source>Sender not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пошиљалац није у именику</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="92"/>
        <source>Sender&apos;s device revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уређај пошиљаоца је опозван</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="93"/>
        <source>Expired</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Истекло</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="94"/>
        <source>Received twice (replay)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено двапут (поновљено слање)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="97"/>
        <source>Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откључавање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="98"/>
        <source>Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закључавање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="99"/>
        <source>Consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Увид</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="100"/>
        <source>Created</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Креирано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="101"/>
        <source>Altered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Измењено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="102"/>
        <source>Disclosed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откривено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="103"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="104"/>
        <source>Forwarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="105"/>
        <source>Exported</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извезено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="106"/>
        <source>Erased</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обрисано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="107"/>
        <source>Policy changed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Политика је измењена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="110"/>
        <location filename="../../liaison_app/reports/texts.py" line="117"/>
        <source>Person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="111"/>
        <location filename="../../liaison_app/reports/texts.py" line="118"/>
        <source>Organisation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Организација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="112"/>
        <location filename="../../liaison_app/reports/texts.py" line="119"/>
        <source>Vehicle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Возило</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="113"/>
        <location filename="../../liaison_app/reports/texts.py" line="120"/>
        <source>Travel document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Путна исправа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="114"/>
        <location filename="../../liaison_app/reports/texts.py" line="121"/>
        <source>Phone or identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефон или идентификатор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="115"/>
        <location filename="../../liaison_app/reports/texts.py" line="122"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Локација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="116"/>
        <location filename="../../liaison_app/reports/texts.py" line="123"/>
        <source>Route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="125"/>
        <source>Active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Активан</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="126"/>
        <source>Revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опозван</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="117"/>
        <location filename="../../liaison_app/reports/texts.py" line="124"/>
        <source>Bank account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Банковни рачун</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="38"/>
        <source>Waiting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чека</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="118"/>
        <location filename="../../liaison_app/reports/texts.py" line="125"/>
        <source>Payment card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Платна картица</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="119"/>
        <location filename="../../liaison_app/reports/texts.py" line="126"/>
        <source>Money transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Новчана дознака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="120"/>
        <location filename="../../liaison_app/reports/texts.py" line="127"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адреса крипто-имовине</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="121"/>
        <location filename="../../liaison_app/reports/texts.py" line="128"/>
        <source>Hawala or informal transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хавала или неформални пренос</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="122"/>
        <location filename="../../liaison_app/reports/texts.py" line="129"/>
        <source>Cash</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Готовина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="64"/>
        <source>Rectified</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исправљено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="28"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="39"/>
        <location filename="../../liaison_app/reports/texts.py" line="44"/>
        <source>Handed to carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предато куриру</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="81"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (рок је истекао)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="160"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="330"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="192"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="336"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="181"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Од</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="210"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="337"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="188"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="338"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сажетак</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="104"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="321"/>
        <source>Failed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неуспело: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="203"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="339"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="211"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="212"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Руковање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="205"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="173"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="258"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="250"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="251"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="253"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област криминала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="264"/>
        <source>Seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Виђено у примљеним порукама; локална евиденција предмета још не постоји</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="270"/>
        <source>Messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="273"/>
        <source>Next due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Следећи рок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="279"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преиспитивање дана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="280"/>
        <source>Updated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ажурирано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="167"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="316"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="341"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У реду за слање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="347"/>
        <source>Attempts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Покушаји</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="350"/>
        <source>Next attempt</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Следећи покушај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="346"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="117"/>
        <source>Your reply is due %1 (%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ваш одговор је доспео %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="118"/>
        <source>Their reply is due %1 (%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Њихов одговор је доспео %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="196"/>
        <source>Follow-up</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Праћење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="198"/>
        <source>Received: your answer is owed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено: дугујете одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="200"/>
        <source>Sent: the partner&apos;s answer is awaited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послато: чека се одговор партнера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="357"/>
        <source>Last error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последња грешка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="104"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="106"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог</translation>
    </message>
    <message>
        <source>Detail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Појединости</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="108"/>
        <source>Envelope</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Омотница</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="109"/>
        <source>Size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Величина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="110"/>
        <source>%1 bytes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 бајтова</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Бр.</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Када</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Шта</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Ко</translation>
    </message>
    <message>
        <source>Object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Објекат</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Појединости</translation>
    </message>
    <message>
        <source>Waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чека партнера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="352"/>
        <source>Waiting: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чека: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="101"/>
        <source>%1 by its sender</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 од стране пошиљаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="324"/>
        <source>In a bundle a carrier takes to the partner; it stays here until the hub or the partner confirms it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У пакету који курир носи партнеру; остаје овде док га чвориште или партнер не потврди</translation>
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
        <translation>Листа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="227"/>
        <source>%1 of %2 shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приказано %1 од %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="232"/>
        <source>%1 items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ставки: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="269"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="310"/>
        <source>Any status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Било који статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="261"/>
        <source>Unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Непрочитано</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чека се одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="263"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="267"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок је истекао</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="253"/>
        <source>Any priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Било који приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="254"/>
        <source>Urgent and immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно и неодложно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="262"/>
        <source>Not replied yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Још без одговора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="273"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="275"/>
        <source>Messages received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљене поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="314"/>
        <source>Reference, title or SIENA/INTERPOL reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број, назив или SIENA/INTERPOL број</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="318"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмети</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="340"/>
        <source>Show requests that are</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикажи захтеве који су</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="343"/>
        <source>&amp;Show:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Прикажи:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="350"/>
        <source>Every request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сви захтеви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="351"/>
        <source>Still open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Још отворени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="354"/>
        <source>Requests awaiting a reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтеви који чекају одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="375"/>
        <source>Any state</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Било које стање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="382"/>
        <source>&amp;Retry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Покушај поново</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="383"/>
        <source>Send the refused message again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поново пошаљите одбијену поруку</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="384"/>
        <source>Queue the selected message again: the hub refused it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поново ставите изабрану поруку у ред за слање: чвориште ју је одбило</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="392"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одлазне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="77"/>
        <source>Quarantined envelopes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Омотнице у карантину</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="66"/>
        <source>Show entries of kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикажи уносе врсте</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="69"/>
        <source>&amp;Kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="70"/>
        <source>Every kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Све врсте</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="101"/>
        <source>Audit log</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ревизијски траг</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="13"/>
        <source>&amp;Filter:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Филтер:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="19"/>
        <source>Words in the text, names, numbers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Речи у тексту, имена, бројеви</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="21"/>
        <source>Filter the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Филтрирај листу</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="38"/>
        <source>&amp;Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="44"/>
        <source>Show status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикажи статус</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="49"/>
        <source>&amp;Priority:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="55"/>
        <source>Show priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикажи приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="27"/>
        <source>How many items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број ставки</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="80"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="163"/>
        <source>Nothing here yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овде још нема ничега.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="173"/>
        <source>Nothing matches the filter. Clear the filter to see everything.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ништа не одговара филтеру. Обришите филтер да бисте видели све.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="280"/>
        <source>No alerts. Alerts you raise or receive (lookouts, warnings, spontaneous information) appear here, urgent ones first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема упозорења. Упозорења која подигнете или примите (потраге, упозорења, спонтане информације) појављују се овде, хитна прва.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="283"/>
        <source>No messages received yet. Requests, alerts and replies from partner agencies appear here after a sync (F5).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Још нема примљених порука. Захтеви, упозорења и одговори партнерских агенција појављују се овде после синхронизације (F5).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="321"/>
        <source>No cases yet. A case appears here when you link a message to a new case reference, or receive a message about one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Још нема предмета. Предмет се појављује овде када поруку повежете са новом ознаком предмета или примите поруку о неком предмету.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="395"/>
        <source>The outbox is empty. What you sign and queue waits here until the hub accepts it, then stays listed as sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одлазне поруке су празне. Оно што потпишете и ставите у ред чека овде док га чвориште не прихвати, а затим остаје наведено као послато.</translation>
    </message>
</context>
<context>
    <name>MainContent</name>
    <message>
        <location filename="../../ui/main_window.ui" line="17"/>
        <source>Urgent notification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно обавештење</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="30"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45"/>
        <source>Open the alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отвори упозорење</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Dismiss</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>Dismiss the notification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затвори обавештење</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="61"/>
        <source>Searc&amp;h:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пре&amp;трага:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>Cases, messages and subjects (names, aliases, registrations, documents)  Ctrl+F</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмети, поруке и субјекти (имена, псеудоними, регистарске ознаке, исправе)  Ctrl+Ф</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69"/>
        <source>Search cases, messages and subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Претражи предмете, поруке и субјекте</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Navigation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Навигација</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="80"/>
        <source>Choose a list: Inbox, Awaiting reply, Alerts, Cases, Drafts, Outbox, Directory, Quarantine, Audit or Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите листу: Примљене, Чека се одговор, Упозорења, Предмети, Нацрти, Одлазне, Именик, Карантин, Ревизијски траг или За преиспитивање</translation>
    </message>
    <message>
        <source>Choose a list: Inbox, Cases, Alerts, Outbox, Directory, Quarantine, Audit or Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Изаберите листу: Примљене, Предмети, Упозорења, Одлазне, Именик, Карантин, Ревизијски траг или За преиспитивање</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>List</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Листа</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>Detail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94"/>
        <source>Select a message to read it here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите поруку да бисте је овде прочитали.</translation>
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
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="215"/>
        <source>&amp;Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Закључај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="218"/>
        <source>&amp;Settings…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Подешавања…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="229"/>
        <source>&amp;Quit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Из&amp;лаз</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="232"/>
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Порука</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="233"/>
        <source>New &amp;request…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нови &amp;захтев…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="235"/>
        <source>Raise &amp;alert…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издај &amp;упозорење…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="238"/>
        <source>&amp;View</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;риказ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="239"/>
        <source>&amp;Search</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;ретрага</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="241"/>
        <source>Sync &amp;now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизуј &amp;сада</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="250"/>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Пречице на тастатури</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="255"/>
        <source>&amp;About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;О апликацији Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="266"/>
        <source>This view is not available in this build.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај приказ није доступан у овој верзији.</translation>
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
            <numerusform>{0}: %n запис за преиспитивање</numerusform>
            <numerusform>{0}: %n записа за преиспитивање</numerusform>
            <numerusform>{0}: %n записа за преиспитивање</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="351"/>
        <location filename="../../liaison_app/gui/main_window.py" line="353"/>
        <source>{0}: %n unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n непрочитана</numerusform>
            <numerusform>{0}: %n непрочитане</numerusform>
            <numerusform>{0}: %n непрочитаних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="356"/>
        <source>{0}: %n request(s) not answered yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n захтев још без одговора</numerusform>
            <numerusform>{0}: %n захтева још без одговора</numerusform>
            <numerusform>{0}: %n захтева још без одговора</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="359"/>
        <source>{0}: %n draft(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n нацрт</numerusform>
            <numerusform>{0}: %n нацрта</numerusform>
            <numerusform>{0}: %n нацрта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="362"/>
        <source>{0}: %n refused by the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n одбијена од чворишта</numerusform>
            <numerusform>{0}: %n одбијене од чворишта</numerusform>
            <numerusform>{0}: %n одбијених од чворишта</numerusform>
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
        <translation>Није доступно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="438"/>
        <location filename="../../liaison_app/gui/main_window.py" line="447"/>
        <source>Composing is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Састављање порука није доступно у овој верзији. Обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="499"/>
        <source>About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О апликацији Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="500"/>
        <source>Liaison {0}
Signed, end-to-end encrypted requests and alerts between liaison officers.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison {0}
Потписани захтеви и упозорења између официра за везу, шифровани од краја до краја.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="220"/>
        <source>&amp;Report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Из&amp;вештај…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="224"/>
        <source>&amp;Export for carrier…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Извоз за курира…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="226"/>
        <source>&amp;Import from carrier…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Увоз од курира…</translation>
    </message>
</context>
<context>
    <name>MessageAttachmentsForm</name>
    <message>
        <location filename="../../ui/message_attachments.ui" line="9"/>
        <source>Attachments of this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилози ове поруке</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="20"/>
        <source>About the selected attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О изабраном прилогу</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="27"/>
        <source>&amp;View</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Прикажи</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="28"/>
        <source>Show the image (decrypted in memory only)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикажи слику (дешифровану само у меморији)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="29"/>
        <source>View the image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикажи слику</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="34"/>
        <source>&amp;Download</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пр&amp;еузми</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="35"/>
        <source>Fetch it from the hub at the next sync (now, if online)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преузми са чворишта при следећој синхронизацији (одмах, ако сте на мрежи)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="36"/>
        <source>Download the attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преузми прилог</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="41"/>
        <source>Save &amp;as…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувај &amp;као…</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="42"/>
        <source>Write the file outside Liaison (asks why; recorded as an export)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упиши датотеку ван Liaison-а (тражи разлог; бележи се као извоз)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="43"/>
        <source>Save the attachment as a file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувај прилог као датотеку</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="66"/>
        <source>provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>достављено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="67"/>
        <source>partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>делимично одговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="68"/>
        <source>refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>одбијено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="69"/>
        <source>clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>тражено појашњење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="70"/>
        <source>rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>исправка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="71"/>
        <source>withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>повлачење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="72"/>
        <source>being acted on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>у поступку</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="93"/>
        <source>Yes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="93"/>
        <source>No</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="140"/>
        <source>Message detail</source>
        <extracomment>a message is on screen (id), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="231"/>
        <source>Cannot show the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поруку није могуће приказати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="242"/>
        <source>%1 from %2 (%3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 од %2 (%3)</translation>
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
        <translation type="vanished">%1 — рок је истекао</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="388"/>
        <source>not to be passed on without the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не прослеђивати без сагласности пружаоца података</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="420"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђивање</translation>
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
        <translation>од</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="431"/>
        <source>to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>за</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="440"/>
        <source>Conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преписка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="459"/>
        <source>Forwarding is not allowed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђивање није дозвољено: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="463"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Могу се прослеђивати само захтеви и упозорења.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="483"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="488"/>
        <source>Not available</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није доступно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="484"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="489"/>
        <source>This action is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ова радња није доступна у овој верзији. Обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="112"/>
        <source>Also seen in another record: expand</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Виђено и у другом запису: проширите</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="119"/>
        <source>case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>предмет %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="120"/>
        <source>no case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>без предмета</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="122"/>
        <source>message from %1, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>порука од %1, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="126"/>
        <source>Also seen: %1, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Виђено и у: %1, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="355"/>
        <source>watch list %1 v%2, entry %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>листа за праћење %1 в%2, унос %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="358"/>
        <source>held on this laptop (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>чува се на овом рачунару (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="359"/>
        <source>Hit %1 — %2: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Погодак %1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>MessageDetailForm</name>
    <message>
        <location filename="../../ui/message_detail.ui" line="11"/>
        <source>Select a message and press Enter to read it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите поруку и притисните Enter да бисте је прочитали.</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="11"/>
        <source>No message shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није приказана ниједна порука</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Reply…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Одговори…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Acknowledge…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Потврди пријем…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Acknowledge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврда пријема</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Re&amp;call…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опо&amp;зови…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опозив</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Forward…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Про&amp;следи…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђивање</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward with provider&apos;s &amp;consent…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проследи уз &amp;сагласност пружаоца…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward with the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проследи уз сагласност пружаоца података</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>The handling code forbids passing this on without the provider&apos;s permission. Use this only when the provider has consented; the consent is recorded in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање забрањује прослеђивање без дозволе пружаоца података. Користите ово само ако је пружалац дао сагласност; сагласност се евидентира у ревизијском трагу.</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="17"/>
        <source>Why forwarding is not allowed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зашто прослеђивање није дозвољено</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="21"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Message title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наслов поруке</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>From:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Од:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Од</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>To:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Type:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Priority:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Created:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Креирано:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Created</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Креирано</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Received:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Due:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Case:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Scheme:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шема:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шема оцењивања</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Source:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извор:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Source grade and meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена извора и њено значење</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Information:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Информација:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Information grade and meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена информације и њено значење</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Руковање</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Handling code and meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање и његово значење</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Conditions:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услови:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услови руковања</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>&amp;Message text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Текст поруке:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст поруке</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјект</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Категорија</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаци о личности</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преписка</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Earlier and later messages in this conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Раније и касније поруке у овој преписци</translation>
    </message>
</context>
<context>
    <name>MessageNotes</name>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="38"/>
        <source>Recalled by the sender</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пошиљалац је опозвао</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="39"/>
        <source>Restricted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="40"/>
        <source>Legal basis it was sent on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правни основ по коме је послато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="41"/>
        <source>Follow-up of the request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Праћење захтева</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="51"/>
        <source>Restricted: kept for evidence, hidden from the lists and from search.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничено: чува се као доказ, скривено у листама и претрази.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="55"/>
        <source>Sent on: %1 — %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послато по основу: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="63"/>
        <source>WITHDRAWN by its sender: do not use it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ПОВУЧЕНО од стране пошиљаоца: не користите.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="64"/>
        <source>RECTIFIED by its sender: use the corrected text.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISPRAVLJENO од стране пошиљаоца: користите исправљени текст.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="66"/>
        <source>%1, %2 withdrew it: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, %2 је повукао: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="67"/>
        <source>%1, %2 rectified it: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, %2 је исправио: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="71"/>
        <source>Correction: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исправка: %1</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="57"/>
        <source>Routine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Редовно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="58"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="59"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="60"/>
        <source>Immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неодложно</translation>
    </message>
    <message>
        <source>No partner agency has an enrolled device in your directory yet. Sync when connected to refresh the directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Ниједна партнерска служба још нема регистрован уређај у Вашем именику. Синхронизујте када успоставите везу да бисте освежили именик.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="146"/>
        <source>{when} local time ({utc} UTC) if queued now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{when} по локалном времену ({utc} UTC) ако се сада стави у ред за слање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="83"/>
        <source>{0} — no device yet: the message waits for their directory entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} — још нема уређаја: порука чека њихов упис у именик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="96"/>
        <source>No partner agency is in your directory yet. Sync when connected to refresh the directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У Вашем именику још нема партнерских агенција. Синхронизујте када будете повезани да бисте освежили именик.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="13"/>
        <source>Source. The figures are computed by this officer&apos;s Liaison client from its own encrypted cache alone: the requests, alerts and replies this office sent or received. Messages erased under the retention rules are no longer counted. Times are UTC.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извор. Податке израчунава Liaison клијент овог службеника искључиво из сопственог шифрованог кеша: захтева, упозорења и одговора које је ова канцеларија послала или примила. Поруке обрисане по правилима чувања више се не рачунају. Времена су у UTC.</translation>
    </message>
    <message>
        <source>Period and partner. A message counts in the period when it was exchanged: for a message received here, when it arrived; for a message sent from here, when the hub accepted it (messages still queued count nowhere). A message sent to two partner agencies counts once for each in the per-partner rows, and once in the totals.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Период и партнер. Порука се рачуна у периоду када је размењена: примљена порука када је стигла; послата порука када ју је чвориште прихватило (поруке које још чекају не рачунају се нигде). Порука послата двема партнерским агенцијама рачуна се једном за сваку у редовима по партнеру, а једном у збиру.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="25"/>
        <source>Replies by outcome. Each reply counts under the outcome its sender gave it: provided, partially provided, refused, or clarification requested.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговори по исходу. Сваки одговор се рачуна под исходом који му је дао пошиљалац: достављено, делимично достављено, одбијено или затражено појашњење.</translation>
    </message>
    <message>
        <source>Response time. For a request received here: from its arrival to the moment the hub accepted this office&apos;s first reply. For a request sent from here: from the moment the hub accepted it to the time the partner signed its first reply. The first reply of any outcome ends the count, a request for clarification included.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Време одговора. За захтев примљен овде: од његовог пријема до тренутка када је чвориште прихватило први одговор ове канцеларије. За захтев послат одавде: од тренутка када га је чвориште прихватило до времена када је партнер потписао свој први одговор. Први одговор било ког исхода окончава рачунање, укључујући захтев за појашњење.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="36"/>
        <source>Limits. Directive (EU) 2023/977 Art. 5: urgent requests for directly available information, 8 hours; urgent requests for indirectly available information, 3 calendar days; any other request, 7 calendar days; counted in UTC from receipt.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рокови. Директива (ЕУ) 2023/977, чл. 5: хитни захтеви за директно доступним информацијама, 8 сати; хитни захтеви за индиректно доступним информацијама, 3 календарска дана; сваки други захтев, 7 календарских дана; рачуна се по UTC од пријема.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="41"/>
        <source>Share within the limit. Requests answered within their limit, divided by the requests whose fate is known: those answered plus those unanswered past their limit. Requests still unanswered and within their limit are shown as pending and left out.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Удео у року. Захтеви одговорени у свом року, подељени са захтевима чији је исход познат: одговорени плус они без одговора с истеклим роком. Захтеви још без одговора а у року приказани су као на чекању и изостављени.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="46"/>
        <source>Median and 90th percentile. Of the response times of the answered requests, by linear interpolation between the closest ranks (the method of spreadsheets&apos; PERCENTILE.INC): the median of an even number of answers is the mean of the two middle ones.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Медијана и 90. перцентил. Времена одговора на одговорене захтеве, линеарном интерполацијом између најближих рангова (метод функције PERCENTILE.INC у табелама): медијана парног броја одговора је средина два средња.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="51"/>
        <source>Overdue now. Requests of the period that have no reply and whose limit passed before the figures were computed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сада прекорачено. Захтеви из периода без одговора чији је рок истекао пре него што су подаци израчунати.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="55"/>
        <source>Cases and outcomes. Cases recorded here opened or closed in the period; outcomes recorded on cases (arrests, charges, seizures...) whose date falls in the period. Amounts seized are added up per currency, never across currencies. With a partner chosen, only cases that hold a message exchanged with that partner count.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмети и исходи. Предмети евидентирани овде, отворени или затворени у периоду; исходи евидентирани на предметима (хапшења, оптужбе, одузимања...) чији датум пада у период. Одузети износи сабирају се по валути, никад преко валута. Када је изабран партнер, рачунају се само предмети који садрже поруку размењену с тим партнером.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="75"/>
        <source>Personal data. The report holds counts only. Names of subjects appear only in the annex, and only when the issuing officer asked for it with a justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични подаци. Извештај садржи само бројеве. Имена субјеката појављују се само у прилогу, и само када га је службеник који издаје затражио уз образложење.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="18"/>
        <source>Period and partner. A message counts in the period when it was exchanged: for a message received here, when it arrived; for a message sent from here, when the hub accepted it or a carrier took it on removable media, whichever came first (messages still queued count nowhere). A message sent to two partner agencies counts once for each in the per-partner rows, and once in the totals.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Период и партнер. Порука се рачуна у периоду када је размењена: примљена порука када је стигла; послата порука када ју је чвориште прихватило или када ју је курир преузео на преносивом медију, шта је наступило раније (поруке које још чекају не рачунају се нигде). Порука послата двема партнерским агенцијама рачуна се једном за сваку у редовима по партнеру, а једном у збиру.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="29"/>
        <source>Response time. For a request received here: from its arrival to the moment the hub accepted this office&apos;s first reply. For a request sent from here: from the moment the hub accepted it (or a carrier took it) to the time the partner signed its first reply. The first reply of any outcome ends the count, a request for clarification included.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време одговора. За захтев примљен овде: од његовог пријема до тренутка када је чвориште прихватило први одговор ове канцеларије. За захтев послат одавде: од тренутка када га је чвориште прихватило (или курир преузео) до времена када је партнер потписао свој први одговор. Први одговор било ког исхода окончава рачунање, укључујући захтев за појашњење.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="61"/>
        <source>Cash in messages. The cash subjects (cash found or carried) of the messages exchanged in the period, added up per currency and never across currencies, apart for the messages received from partners and those sent from here. Cash reported again in a later message (a reply, a forward) counts again; the seizures recorded as outcomes are the figures above.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Готовина у порукама. Субјекти типа готовина (пронађена или преношена готовина) из порука размењених у периоду, сабрани по валути и никада преко различитих валута, одвојено за поруке примљене од партнера и оне послате одавде. Готовина поново пријављена у каснијој поруци (одговор, прослеђивање) поново се рачуна; заплене евидентиране као исходи су бројке изнад.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="68"/>
        <source>Cross-check hits. Hits found when messages arrived in the period: a subject matched a watch-list entry, or a person, account or wallet already held here in another message; strong hits are those the officer was notified of. With a partner chosen, only messages received from that partner count. Checks run at the booth are consultations and are not counted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Погоци унакрсне провере. Погоци пронађени при пријему порука у периоду: субјект се поклопио са ставком листе за праћење или са особом, рачуном или новчаником који се овде већ чувају у другој поруци; јаки погоци су они о којима је службеник обавештен. Када је изабран партнер, рачунају се само поруке примљене од тог партнера. Провере на шалтеру су увиди и не рачунају се.</translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="9"/>
        <source>Monitoring the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Праћење заједничке акције</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="11"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Праћење</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="16"/>
        <source>&amp;Period:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="17"/>
        <source>Period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Период</translation>
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
        <translation>Први дан периода</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="19"/>
        <source>to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="20"/>
        <source>Last day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последњи дан периода</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="21"/>
        <source>P&amp;artner:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;артнер:</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="22"/>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнерска агенција</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="24"/>
        <source>&amp;Report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Извештај…</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="24"/>
        <source>Make the working group&apos;s report from these figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Направи извештај радне групе из ових података</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="31"/>
        <source>Where the figures come from</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одакле потичу подаци</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="40"/>
        <source>Requests, alerts and replies exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Размењени захтеви, упозорења и одговори</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Messages exchanged per partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Размењене поруке по партнерској агенцији</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Requests sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послати захтеви</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Requests received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљени захтеви</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Alerts sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послата упозорења</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Alerts received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљена упозорења</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Replies sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послати одговори</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Replies received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљени одговори</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="42"/>
        <source>Chart: requests and alerts per partner and month</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Графикон: захтеви и упозорења по партнеру и месецу</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="43"/>
        <source>Response times against the legal limits (Directive (EU) 2023/977)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време одговора у односу на законске рокове (Директива (ЕУ) 2023/977)</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Response times per urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време одговора по класи хитности</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Answered by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговорио</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Urgency (limit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитност (рок)</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Requests</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтеви</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговорено</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Median</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Медијана</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>90th percentile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>90. перцентил</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Within the limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У року</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Late</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Касно</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прекорачено</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Pending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На чекању</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="47"/>
        <source>Time to the first reply, answered &amp;by:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време до првог одговора, одговорили &amp;су:</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="48"/>
        <source>Whose answers the chart shows</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чије одговоре графикон приказује</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="52"/>
        <source>Chart: response times against the 8 h, 3 d and 7 d limits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Графикон: време одговора у односу на рокове од 8 х, 3 д и 7 д</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="53"/>
        <source>Replies by outcome, and what is overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговори по исходу и шта је сада прекорачено</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Replies by outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговори по исходу</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Given by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дала ова канцеларија</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Received from partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљени од партнера</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Requests overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтеви сада прекорачени</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Reply owed by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор дугује</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="60"/>
        <source>Cases and outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмети и исходи</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="61"/>
        <source>Cases opened and closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворени и затворени предмети</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Outcomes recorded in the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исходи евидентирани у периоду</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Records</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Count</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="63"/>
        <source>Cash found or carried, as reported in the messages exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пронађена или преношена готовина, како је пријављена у размењеним порукама</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="64"/>
        <source>Cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Погоци унакрсне провере при пријему</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="65"/>
        <source>Cross-check hits found when messages arrived</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Погоци унакрсне провере пронађени при пријему порука</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="59"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Праћење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="87"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="226"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="240"/>
        <source>This office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ова канцеларија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="88"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="226"/>
        <source>Partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнери</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="113"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Све партнерске агенције</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="188"/>
        <source>Cannot compute the figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Податке није могуће израчунати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="192"/>
        <source>Computed at %1 UTC from this computer&apos;s cache alone (what this office sent and received); counts only, no personal data.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Израчунато у %1 UTC само из кеша овог рачунара (оно што је ова канцеларија послала и примила); само бројеви, без личних података.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="200"/>
        <source>No requests or alerts in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема захтева ни упозорења у овом периоду.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="213"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="232"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема захтева у овом периоду.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="220"/>
        <source>Total (each message once)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Укупно (свака порука једном)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="240"/>
        <source>Partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="243"/>
        <source>Nothing is overdue.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ништа није прекорачено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="244"/>
        <source>Cases opened: %1 · closed: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворено предмета: %1 · затворено: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="254"/>
        <source>No outcomes recorded in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема исхода евидентираних у овом периоду.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="267"/>
        <source>received from partners: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>примљено од партнера: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="268"/>
        <source>sent by this office: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>послато из ове канцеларије: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="269"/>
        <source>%1 (cash subjects: %2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (субјеката типа готовина: %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="275"/>
        <source>Cash found or carried, as reported in the messages exchanged — %1.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пронађена или преношена готовина, како је пријављена у размењеним порукама — %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="277"/>
        <source>No cash reported in the messages exchanged in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У порукама размењеним у овом периоду није пријављена готовина.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="280"/>
        <source>Against the watch lists: %1 · in the records held here: %2 · strong (notified): %3 · messages with a hit: %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Према листама за праћење: %1 · у записима на овом рачунару: %2 · јаки (уз обавештење): %3 · поруке са поготком: %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="77"/>
        <source>No request, alert or reply was exchanged in this period. Each partner agency appears here with what was sent and received, how fast it was answered and what came of it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У овом периоду није размењен ниједан захтев, упозорење ни одговор. Овде се приказује свака партнерска агенција: шта је послато и примљено, колико брзо је одговорено и шта је из тога произашло.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="112"/>
        <source>Inbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљене</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="115"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмети</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="114"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="113"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чека се одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="116"/>
        <source>Drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="117"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одлазне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="119"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Именик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="122"/>
        <source>Quarantine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="123"/>
        <source>Audit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ревизијски траг</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="125"/>
        <source>Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За преиспитивање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="118"/>
        <source>Check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="120"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Праћење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="124"/>
        <source>Transfers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преноси података</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="121"/>
        <source>Operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Операције</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Immediate alert from {0}</source>
        <extracomment>emitted for every notification shown: (how, title, text); how = &quot;tray&quot; | &quot;banner&quot; the officer clicked the tray message: message id of the newest alert</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Неодложно упозорење од {0}</translation>
    </message>
    <message>
        <source>Urgent alert from {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Хитно упозорење од {0}</translation>
    </message>
    <message>
        <source>{0} new urgent alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Нових хитних упозорења: {0}</translation>
    </message>
    <message>
        <source>Newest, from {0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Најновије, од {0}: {1}</translation>
    </message>
    <message>
        <source>Case {0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Предмет {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="52"/>
        <source>%n new urgent alert(s)</source>
        <extracomment>emitted for every notification shown: (how, title, text); how = &quot;tray&quot; | &quot;banner&quot; the officer clicked the tray message: message id of the newest alert</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n ново хитно упозорење</numerusform>
            <numerusform>%n нова хитна упозорења</numerusform>
            <numerusform>%n нових хитних упозорења</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="54"/>
        <source>Immediate alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неодложно упозорење од %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="55"/>
        <source>Urgent alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитно упозорење од %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="66"/>
        <source>Open Liaison to read it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворите Liaison да бисте га прочитали.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="76"/>
        <source>Liaison — %n unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Liaison — %n непрочитана</numerusform>
            <numerusform>Liaison — %n непрочитане</numerusform>
            <numerusform>Liaison — %n непрочитаних</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="88"/>
        <source>Watch-list hit on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Погодак на листи за праћење при пријему</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="89"/>
        <source>%n cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n погодак унакрсне провере при пријему</numerusform>
            <numerusform>%n поготка унакрсне провере при пријему</numerusform>
            <numerusform>%n погодака унакрсне провере при пријему</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="91"/>
        <source>records on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>записе на овом рачунару</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="92"/>
        <source>A subject of a message just received matches %1 (score %2). Open the message to see why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјект управо примљене поруке одговара: %1 (оцена %2). Отворите поруку да видите зашто.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="96"/>
        <source>%n messages just received have subjects on a watch list or already held. Open them to see why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n управо примљена порука има субјекте са листе за праћење или већ познате. Отворите је да видите зашто.</numerusform>
            <numerusform>%n управо примљене поруке имају субјекте са листе за праћење или већ познате. Отворите их да видите зашто.</numerusform>
            <numerusform>%n управо примљених порука има субјекте са листе за праћење или већ познате. Отворите их да видите зашто.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="98"/>
        <source>%1: %2 (score %3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1: %2 (оцена %3)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="33"/>
        <source>None</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без ознаке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="34"/>
        <source>Europol H0</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Европол H0</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="36"/>
        <source>Europol H1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Европол H1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="38"/>
        <source>Europol H2 (no onward sharing)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Европол H2 (без даљег дељења)</translation>
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
        <translation>Предложи заједничку операцију</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="90"/>
        <source>&amp;Propose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Предложи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="93"/>
        <source>e.g. OP-HORGOS-26</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. OP-HORGOS-26</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="104"/>
        <source>One objective a line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Један циљ по реду</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="109"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ознака:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="110"/>
        <source>&amp;Title:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="111"/>
        <source>P&amp;artners:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;артнери:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="112"/>
        <source>&amp;Objectives:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Циљеви:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="113"/>
        <source>&amp;Handling:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Поступање:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="141"/>
        <source>Add a task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Додај задатак</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="141"/>
        <source>&amp;Add</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Додај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="153"/>
        <source>&amp;Task:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Задатак:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="154"/>
        <source>&amp;For agency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;За службу:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="155"/>
        <source>D&amp;ue:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Рок:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="156"/>
        <source>De&amp;tails:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Де&amp;таљи:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="171"/>
        <source>Record a decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Забележи одлуку</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="172"/>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="199"/>
        <source>&amp;Record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Забележи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="175"/>
        <source>e.g. controlled delivery at Horgoš on 12 March</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. контролисана испорука на Хоргошу 12. марта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="182"/>
        <source>&amp;Decision:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Одлука:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="183"/>
        <source>&amp;Decided on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Одлучено дана:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="198"/>
        <source>Record an outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Забележи резултат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="212"/>
        <source>&amp;Outcome:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Резултат:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="213"/>
        <source>&amp;How many:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Колико:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="214"/>
        <source>&amp;On:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Дана:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="215"/>
        <source>&amp;Note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Напомена:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="216"/>
        <source>Cash and assets seized are recorded with their amount on the case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заплењен новац и имовина бележе се са износом у предмету.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="50"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="63"/>
        <source>Proposed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предложена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="51"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="64"/>
        <source>Agreed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Договорена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="52"/>
        <source>Active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="53"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="67"/>
        <source>Concluded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Завршена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="56"/>
        <source>Invited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Позвана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="57"/>
        <source>Taking part</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Учествује</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="58"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="65"/>
        <source>Declined</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбила</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="59"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="66"/>
        <source>Left</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повукла се</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="60"/>
        <source>Not named</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није наведена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="68"/>
        <source>Consent to share with</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сагласност за дељење са</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="69"/>
        <source>Shared item</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подељена ставка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="70"/>
        <source>Decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одлука</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="71"/>
        <source>Task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задатак</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="72"/>
        <source>Task done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задатак извршен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="73"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="76"/>
        <source>Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="77"/>
        <source>Done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извршен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="78"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прекорачен рок</translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="107"/>
        <source>Joint operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заједничке операције</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="114"/>
        <source>&amp;Propose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Предложи…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="115"/>
        <source>&amp;Agree</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пр&amp;ихвати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="116"/>
        <source>Dec&amp;line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О&amp;дбиј</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="117"/>
        <source>Add &amp;task…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Додај &amp;задатак…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="118"/>
        <source>Mark task d&amp;one</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задатак из&amp;вршен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="119"/>
        <source>&amp;Decision…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Одлука…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="120"/>
        <source>O&amp;utcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Резултат…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ознака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>You</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Када</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>Agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>Update</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Измена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="149"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Детаљи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="225"/>
        <source>Cannot show the operation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Операција не може да се прикаже</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="231"/>
        <source>Joint operation %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заједничка операција %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="249"/>
        <source>Select an operation, or propose one to partner agencies.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите операцију или предложите нову партнерским службама.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="256"/>
        <source>Objectives:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Циљеви:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="259"/>
        <source>Status: %1 · Lead: %2 · Handling: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус: %1 · Водећа служба: %2 · Поступање: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="261"/>
        <source>none</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нема</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="262"/>
        <source>Participants: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Учесници: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="276"/>
        <source>%1 update(s) refused and kept aside: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбијених измена, склоњених у страну: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="287"/>
        <source>For %1, due %2: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За %1, рок %2: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="290"/>
        <source>%1 (%2 subject(s))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (лица и предмети: %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="300"/>
        <source>Not recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није забележено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="356"/>
        <source>Choose a task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите задатак</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="357"/>
        <source>Select the task in the timeline first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прво изаберите задатак на временској линији.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="75"/>
        <source>Record an outcome — %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Евидентирање исхода — %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="121"/>
        <source>Check %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверите %1: %2</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../liaison_app/gui/models/paged.py" line="322"/>
        <source>%1 (cannot be sorted)</source>
        <extracomment>rows of the first page read before the rest of it is needed (a few screens) a page was read from the cache (offset, rows): lets tests count queries pages read only in part (number -&gt; rows still to read)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (није могуће сортирати)</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="147"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приступна фраза</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="148"/>
        <source>Step 2 of 3: protects the keys on this computer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Корак 2 од 3: штити кључеве на овом рачунару.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="162"/>
        <source>weak</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>слаба</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="162"/>
        <source>fair</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>прихватљива</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="162"/>
        <source>good</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>добра</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="162"/>
        <source>strong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>јака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="164"/>
        <source>At least {0} characters; several words are best.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Најмање {0} знакова; најбоље је неколико речи.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="167"/>
        <source>Too short: at least {0} characters.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прекратко: најмање {0} знакова.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="169"/>
        <source>The two passphrases differ.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Две приступне фразе се разликују.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="171"/>
        <source>Strength: {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Јачина: {0}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="173"/>
        <source>Add another word or two to make it stronger.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Додајте још једну или две речи да би била јача.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="175"/>
        <source>Type it again below.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Унесите је поново испод.</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="68"/>
        <source>Warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозорење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="82"/>
        <source>OK</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У реду</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="88"/>
        <source>Copy details for IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Копирај податке за ИТ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="92"/>
        <source>Copies the version, the time and where it went wrong (no case data) to the clipboard, to paste into a message to IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Копира верзију, време и место грешке (без података о предметима) у привремену меморију, да их налепите у поруку ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="105"/>
        <source>Copied. Paste the details into your message to IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Копирано. Налепите податке у своју поруку ИТ служби.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/problem_texts.py" line="44"/>
        <source>Wait %n second(s), then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Сачекајте %n секунду, па покушајте поново.</numerusform>
            <numerusform>Сачекајте %n секунде, па покушајте поново.</numerusform>
            <numerusform>Сачекајте %n секунди, па покушајте поново.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="48"/>
        <source>Cannot unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откључавање није успело</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="49"/>
        <source>Sync problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са синхронизацијом</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="50"/>
        <source>Local cache problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са локалном базом</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="54"/>
        <location filename="../../liaison_app/gui/problem_texts.py" line="66"/>
        <source>Re-enrolment needed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потребна је поновна регистрација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="58"/>
        <source>No profile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема профила</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="62"/>
        <source>Not done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није урађено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="63"/>
        <source>Check the form</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверите образац</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="64"/>
        <source>Working offline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рад без везе</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="70"/>
        <source>Set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подесила ИТ служба</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="71"/>
        <source>File problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са датотеком</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="72"/>
        <source>Something went wrong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нешто није у реду</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="89"/>
        <source>The passphrase is not correct. Check it and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приступна фраза није тачна. Проверите је и покушајте поново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="92"/>
        <source>Too many wrong passphrases.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Превише погрешних приступних фраза.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="95"/>
        <source>Liaison hit an unexpected problem and stopped that action. Your data is safe. Try again; if it happens again, choose “Copy details for IT” and send them to IT, mentioning the time ({0}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison је наишао на неочекиван проблем и прекинуо ту радњу. Ваши подаци су безбедни. Покушајте поново; ако се понови, изаберите „Копирај податке за ИТ“ и пошаљите их ИТ служби, уз навођење времена ({0}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/problem_texts.py" line="101"/>
        <source>The hub is busy and asked Liaison to wait %n second(s). Your work is kept; Liaison tries again by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Чвориште је заузето и затражило је да Liaison сачека %n секунду. Ваш рад је сачуван; Liaison ће сам покушати поново.</numerusform>
            <numerusform>Чвориште је заузето и затражило је да Liaison сачека %n секунде. Ваш рад је сачуван; Liaison ће сам покушати поново.</numerusform>
            <numerusform>Чвориште је заузето и затражило је да Liaison сачека %n секунди. Ваш рад је сачуван; Liaison ће сам покушати поново.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="109"/>
        <source>This computer&apos;s keystore no longer holds the device secret for this profile (for example the profile was moved or the keystore was reset). Re-enrol or restore from backup; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Складиште кључева овог рачунара више не садржи тајну уређаја за овај профил (на пример, профил је премештен или је складиште кључева ресетовано). Поново се региструјте или вратите резервну копију; обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="113"/>
        <source>No secure keystore is available on this computer and your policy does not allow keeping the keys under the passphrase alone. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На овом рачунару нема безбедног складишта кључева, а ваша политика не дозвољава чување кључева само под приступном фразом. Обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="116"/>
        <source>The key file is damaged or has been altered, so it was not used. Restore it from backup or re-enrol; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека са кључевима је оштећена или измењена, па није коришћена. Вратите је из резервне копије или се поново региструјте; обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="119"/>
        <source>The keys of this profile could not be opened. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кључеве овог профила није било могуће отворити. Обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="121"/>
        <source>No key file was found for this profile. Enrol this device with the provisioning file from IT, or restore the profile from backup.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За овај профил није пронађена датотека са кључевима. Региструјте овај уређај помоћу датотеке за доделу коју је дала ИТ служба или вратите профил из резервне копије.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="124"/>
        <source>The encrypted cache of this profile does not open with its keys. Restore the profile from backup or re-enrol; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифрована локална база овог профила не отвара се његовим кључевима. Вратите профил из резервне копије или се поново региструјте; обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="127"/>
        <source>The cache was written by a newer version of Liaison. Install the current version (ask IT), then open it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Локалну базу је написала новија верзија апликације Liaison. Инсталирајте актуелну верзију (питајте ИТ службу), па је поново отворите.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="130"/>
        <source>The local cache could not do that. Nothing was changed. Try again; if it happens again, contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Локална база то није могла да уради. Ништа није промењено. Покушајте поново; ако се понови, обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="133"/>
        <source>The hub cannot be reached. Liaison works offline: your work is kept and sent at the next sync. Check the network if this lasts.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште није доступно. Liaison ради без везе: ваш рад је сачуван и биће послат при следећој синхронизацији. Проверите мрежу ако ово потраје.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="136"/>
        <source>The hub is busy and asked Liaison to slow down. Your work is kept; Liaison tries again by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште је заузето и затражило је успоравање. Ваш рад је сачуван; Liaison ће сам покушати поново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="139"/>
        <source>The hub no longer accepts this computer (it was revoked or is unknown). It must be enrolled again: contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште више не прихвата овај рачунар (опозван је или непознат). Мора се поново регистровати: обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="142"/>
        <source>The hub&apos;s identity did not match the one IT configured, so nothing was sent. Do not continue on this network; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Идентитет чворишта се не поклапа са оним који је подесила ИТ служба, па ништа није послато. Не настављајте на овој мрежи; обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="145"/>
        <source>The hub refused the request. Your work is kept. Contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште је одбило захтев. Ваш рад је сачуван. Обратите се ИТ служби ако се понавља.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="148"/>
        <source>The hub answered something Liaison cannot accept, so it was not used. Your work is kept. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште је одговорило нешто што Liaison не може да прихвати, па то није коришћено. Ваш рад је сачуван. Обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="151"/>
        <source>IT has fixed this setting in the policy, so it cannot be changed here. Ask IT if it needs to change.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ИТ служба је утврдила ово подешавање у политици, па се овде не може мењати. Питајте ИТ службу ако треба да се промени.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="154"/>
        <source>A file could not be read or written. Check that the disk is not full and that the folder can be written, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотеку није било могуће прочитати или уписати. Проверите да диск није пун и да се у фасциклу може писати, па покушајте поново.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="26"/>
        <source>The envelope was damaged or not in Liaison&apos;s format, so it could not be read.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Омотница је била оштећена или није у формату апликације Liaison, па није могла да се прочита.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="28"/>
        <source>Ask the sender to send it again. If many arrive like this, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Замолите пошиљаоца да је поново пошаље. Ако много њих стигне овако, обавестите ИТ службу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="32"/>
        <source>It was sent by a newer version of Liaison than this one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послала ју је новија верзија апликације Liaison од ове.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="34"/>
        <source>Ask IT to update Liaison on this computer; the sender can then send it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Замолите ИТ службу да ажурира Liaison на овом рачунару; пошиљалац је затим може поново послати.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="38"/>
        <source>The sending device&apos;s signature on the envelope does not match: it may have been altered on the way.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпис уређаја пошиљаоца на омотници се не поклапа: можда је измењена успут.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="40"/>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="46"/>
        <source>Do not act on it. Tell IT, and ask the sender by another channel whether they sent something.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не поступајте по њој. Обавестите ИТ службу и другим каналом питајте пошиљаоца да ли је нешто послао.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="44"/>
        <source>The officer&apos;s signature on the message does not match: it may have been altered.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпис службеника на поруци се не поклапа: можда је измењена.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="50"/>
        <source>The envelope and the message inside it name different senders or recipients.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Омотница и порука у њој наводе различите пошиљаоце или примаоце.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="52"/>
        <source>Do not act on it. Tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не поступајте по њој. Обавестите ИТ службу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="55"/>
        <source>It was not addressed to this device, so it cannot be opened here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није била упућена овом уређају, па се овде не може отворити.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="57"/>
        <source>Nothing to do unless it keeps happening; then tell IT (the directory may be out of date).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не треба ништа да радите осим ако се понавља; тада обавестите ИТ службу (именик је можда застарео).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="61"/>
        <source>The sending device is not in your directory, so its signature cannot be checked.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уређај пошиљаоца није у вашем именику, па се његов потпис не може проверити.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="63"/>
        <source>Sync to refresh the directory. If it stays here, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизујте да бисте освежили именик. Ако остане овде, обавестите ИТ службу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="67"/>
        <source>The sending device was revoked (for example a lost laptop), so its messages are not accepted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уређај пошиљаоца је опозван (на пример, изгубљен лаптоп), па се његове поруке не прихватају.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="69"/>
        <source>Do not act on it. If you expected something from that officer, contact them by another channel.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не поступајте по њој. Ако сте нешто очекивали од тог службеника, контактирајте га другим каналом.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="73"/>
        <source>It arrived after its expiry time.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стигла је после истека рока важења.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="74"/>
        <source>Ask the sender to send it again if it is still needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Замолите пошиљаоца да је поново пошаље ако је још потребна.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="78"/>
        <source>The same envelope arrived again after it had been received: a copy, not a new message.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иста омотница је поново стигла пошто је већ била примљена: копија, а не нова порука.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="80"/>
        <source>Nothing to do: the original was received. If many arrive like this, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не треба ништа да радите: оригинал је примљен. Ако много њих стигне овако, обавестите ИТ службу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="89"/>
        <source>Liaison refused this envelope.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison је одбио ову омотницу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="90"/>
        <source>Tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обавестите ИТ службу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="54"/>
        <source>Envelopes that failed a check when they arrived. They were not opened or filed as messages, and nothing in them is shown; they are kept for IT to examine.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Омотнице које нису прошле проверу када су стигле. Нису отворене нити заведене као поруке и ништа из њих се не приказује; чувају се да их ИТ служба прегледа.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="63"/>
        <source>Why it was refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зашто је одбијена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="80"/>
        <source>Nothing is in quarantine. When a received envelope fails a check (damaged, a signature that does not match, a sender not in your directory), it is kept here unopened, with the reason and what to do.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У карантину нема ничега. Када примљена омотница не прође проверу (оштећена, потпис који се не поклапа, пошиљалац који није у вашем именику), чува се овде неотворена, са разлогом и упутством шта да урадите.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="88"/>
        <source>Select an envelope to see why it was refused and what to do.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите омотницу да бисте видели зашто је одбијена и шта да урадите.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="97"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="98"/>
        <source>What happened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта се десило</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="99"/>
        <source>What to do</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта да урадите</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="100"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="102"/>
        <source>Envelope</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Омотница</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="103"/>
        <source>Technical detail for IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Технички податак за ИТ</translation>
    </message>
</context>
<context>
    <name>ReasonFields</name>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="45"/>
        <source>Choose the legal basis…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите правни основ…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="51"/>
        <source>Optional: the last reason given in the case is recorded otherwise</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није обавезно: иначе се бележи последњи разлог дат у предмету</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="330"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опозив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="336"/>
        <source>Only a message you sent can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може се опозвати само порука коју сте Ви послали.</translation>
    </message>
</context>
<context>
    <name>RecallForm</name>
    <message>
        <location filename="../../ui/recall.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изворна порука</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="19"/>
        <source>Recipients are told without delay that data you sent was incorrect or should not have been sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примаоци се без одлагања обавештавају да су подаци које сте послали нетачни или да није требало да буду послати.</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="24"/>
        <source>R&amp;ectify: the data was incorrect; corrected data follows</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Исправка: подаци су били нетачни; следе исправљени подаци</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="26"/>
        <source>Rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исправка</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="31"/>
        <source>&amp;Withdraw: stop using the data and erase it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Повлачење: престаните да користите податке и обришите их</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="32"/>
        <source>Withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повлачење</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="39"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Разлог:</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="45"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="54"/>
        <source>Problem with reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са разлогом</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="59"/>
        <source>&amp;Corrected data or note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исправљени подаци или &amp;напомена:</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="65"/>
        <source>Corrected data or note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исправљени подаци или напомена</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="74"/>
        <source>Problem with corrected data or note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са исправљеним подацима или напоменом</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="84"/>
        <source>Problem with the recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са опозивом</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="97"/>
        <location filename="../../ui/recall.ui" line="99"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="104"/>
        <source>&amp;Sign and queue recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и &amp;стави опозив у ред за слање</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="106"/>
        <source>Sign and queue recall (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави опозив у ред за слање (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="107"/>
        <source>Sign and queue recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави опозив у ред за слање</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="249"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="255"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може се одговорити само на поруку коју сте примили.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="262"/>
        <source>The information requested is given.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражене информације су достављене.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="263"/>
        <source>Part of it is given; say what is missing and why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Достављен је део; наведите шта недостаје и зашто.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="264"/>
        <source>The request is refused; give the grounds (refusals are recorded, Directive (EU) 2023/977 Art. 16).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтев је одбијен; наведите разлоге (одбијања се евидентирају, Директива (ЕУ) 2023/977, члан 16).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="266"/>
        <source>More detail is needed before answering; say what is needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пре одговора су потребне додатне појединости; наведите шта је потребно.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="270"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Достављено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="271"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Делимично достављено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="272"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одбијено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="273"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тражено појашњење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="292"/>
        <source>&amp;Reason (required):</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Разлог (обавезно):</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="293"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Разлог:</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <location filename="../../ui/reply.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изворна порука</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="20"/>
        <source>&amp;Outcome:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Исход:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="26"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="34"/>
        <source>Problem with outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са исходом</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="41"/>
        <source>Outcome meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значење исхода</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="46"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Разлог:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="52"/>
        <source>Required when refusing or asking for clarification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обавезно при одбијању или тражењу појашњења</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="53"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="62"/>
        <source>Problem with reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са разлогом</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="67"/>
        <source>Reply &amp;text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Текст одговора:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="73"/>
        <source>Reply text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст одговора</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="82"/>
        <source>Problem with reply text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са текстом одговора</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="92"/>
        <source>Problem with the reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са одговором</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="105"/>
        <location filename="../../ui/reply.ui" line="107"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="112"/>
        <source>&amp;Sign and queue reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Потпиши и стави одговор у ред за слање</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="114"/>
        <source>Sign and queue reply (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави одговор у ред за слање (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="115"/>
        <source>Sign and queue reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави одговор у ред за слање</translation>
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
        <translation>Услови: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="68"/>
        <source>Conditions: %1 …</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услови: %1 …</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="71"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="308"/>
        <source>Not to be passed on without the provider&apos;s consent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не сме се прослеђивати без сагласности даваоца.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="75"/>
        <source>Also in this file: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Такође у овом досијеу: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="85"/>
        <source>no handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>без ознаке поступања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="92"/>
        <source>HANDLING — highest in this file: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>POSTUPANJE — највиша ознака у овом досијеу: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="100"/>
        <source>%1 message(s) carry no handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 порука без ознаке поступања.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="106"/>
        <source>No message in this file carries a handling code; handle it under your agency&apos;s rules for law-enforcement information.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ниједна порука у овом досијеу нема ознаку поступања; поступајте по правилима своје агенције за полицијске информације.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="124"/>
        <source>Case hand-over file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досије предмета за предају</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="126"/>
        <source>1. Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1. Сажетак</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="131"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="203"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="132"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наслов</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="133"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област криминала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="134"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="350"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="135"/>
        <source>Opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="136"/>
        <source>Closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="137"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преиспитивање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="139"/>
        <source>Messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="140"/>
        <source>%1 reproduced in full (section 7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, у целини (одељак 7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="144"/>
        <source>; %1 acknowledgement(s) not reproduced</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>; %1 потврда није пренето</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="151"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="152"/>
        <source>Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исходи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="153"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомене</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="158"/>
        <source>Issued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="161"/>
        <source>By</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издао</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="162"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="55"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="63"/>
        <source>Agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Агенција</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="163"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уређај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="164"/>
        <source>At</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="165"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сврха</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="167"/>
        <source>Verification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="168"/>
        <source>The file is signed by the issuing officer&apos;s device: its signature is the file of the same name ending in .sig. Check both with: liaison report verify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотеку је потписао уређај службеника који је издаје: потпис је датотека истог имена са завршетком .sig. Проверите обе командом: liaison report verify</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="182"/>
        <source>2. Handling of this file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>2. Поступање с овим досијеом</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="184"/>
        <source>The conditions set by the providers travel with the information and bind every recipient of this file. Each message in section 7 shows its own grading and handling; the banner on every page shows the highest.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услови које су поставили даваоци прате информације и обавезују сваког примаоца овог досијеа. Свака порука у одељку 7 приказује сопствену оцену и поступање; трака на свакој страни приказује највишу ознаку.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="198"/>
        <source>3. References in other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>3. Референце у другим системима</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="200"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="213"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="286"/>
        <source>None recorded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ништа није евидентирано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="203"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Систем</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="211"/>
        <source>4. Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>4. Исходи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="217"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="218"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="124"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="251"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="268"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="64"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="219"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="253"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="65"/>
        <source>Count</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="220"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="271"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="288"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="221"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="233"/>
        <source>5. Timeline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>5. Хронологија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="237"/>
        <source>Case opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет отворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="239"/>
        <source>Case closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет затворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="242"/>
        <source>Outcome: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исход: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="248"/>
        <source>received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>примљено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="250"/>
        <source>sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>послато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="258"/>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Када</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="259"/>
        <source>Event</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Догађај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="260"/>
        <source>Partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="261"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сажетак</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="284"/>
        <source>6. Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>6. Субјекти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="293"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="303"/>
        <source>none given</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није наведено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="317"/>
        <source>%1. %2 — received %3 from %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1. %2 — примљено %3 од %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="323"/>
        <source>%1. %2 — sent %3 to %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1. %2 — послато %3 за %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="337"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оцена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="338"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поступање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="339"/>
        <source>Message id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ID поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="340"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Од</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="341"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="342"/>
        <source>Signed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потписано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="345"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="347"/>
        <source>Reply due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок за одговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="349"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="353"/>
        <source>In reply to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор на</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="356"/>
        <source>Text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="357"/>
        <source>(no text)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(без текста)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="360"/>
        <source>Subjects carried by this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти које носи ова порука</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="370"/>
        <source>7. Messages, oldest first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>7. Поруке, од најстарије</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="372"/>
        <source>None.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="394"/>
        <source>… the rest of the handling conditions: section 2 of this file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>… остатак услова поступања: одељак 2 овог досијеа.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="420"/>
        <source>Case hand-over file %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досије предмета за предају %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="440"/>
        <source>End of the hand-over file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Крај досијеа за предају</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="446"/>
        <source>Handling: %1 (conditions in the header) · Case %2 · issued by %3 (%4), %5 · %6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поступање: %1 (услови у заглављу) · Предмет %2 · издао %3 (%4), %5 · %6</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="483"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="440"/>
        <source>Page %1 of %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Страна %1 од %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="34"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Све партнерске агенције</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="41"/>
        <source>Monitoring the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Праћење заједничке акције</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="43"/>
        <source>Figures for the working group, with the method used to compute them.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаци за радну групу, с методом којим су израчунати.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="52"/>
        <source>Period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="53"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="77"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="218"/>
        <source>Partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнерска агенција</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="54"/>
        <source>Issued by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издао</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="56"/>
        <source>Computed at</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Израчунато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="58"/>
        <source>Method</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Liaison monitoring method %1 (section 8)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Liaison метод праћења %1 (одељак 8)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="64"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични подаци</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="65"/>
        <source>Included: the annex names subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Укључено: прилог наводи субјекте</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="67"/>
        <source>None: counts only</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема: само бројеви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="76"/>
        <source>1. Requests, alerts and replies exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1. Размењени захтеви, упозорења и одговори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="80"/>
        <source>Requests sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послати захтеви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="81"/>
        <source>Requests received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљени захтеви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="82"/>
        <source>Alerts sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послата упозорења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="83"/>
        <source>Alerts received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљена упозорења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="84"/>
        <source>Replies sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послати одговори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="85"/>
        <source>Replies received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљени одговори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="109"/>
        <source>Total (each message once)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Укупно (свака порука једном)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="112"/>
        <source>Requests and alerts per partner agency and month (both ways)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтеви и упозорења по партнерској агенцији и месецу (у оба смера)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="121"/>
        <source>2. Replies by outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>2. Одговори по исходу</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="125"/>
        <source>Given by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дала ова канцеларија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="126"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="298"/>
        <source>Received from partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Примљени од партнера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="136"/>
        <source>This office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ова канцеларија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="138"/>
        <source>Partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнери</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="143"/>
        <source>3. Response times against the legal limits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>3. Време одговора у односу на законске рокове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="145"/>
        <source>Directive (EU) 2023/977 Art. 5: urgent with information directly available 8 hours, urgent with information indirectly available 3 calendar days, any other request 7 calendar days.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Директива (ЕУ) 2023/977, чл. 5: хитно с директно доступним информацијама 8 сати, хитно с индиректно доступним информацијама 3 календарска дана, сваки други захтев 7 календарских дана.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="155"/>
        <source>Answered by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговорио</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="156"/>
        <source>Urgency (limit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хитност (рок)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="157"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="220"/>
        <source>Requests</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтеви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="158"/>
        <source>Answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="159"/>
        <source>Median</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Медијана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="160"/>
        <source>90th percentile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>90. перцентил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="161"/>
        <source>Late</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Касно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="162"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прекорачено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="163"/>
        <source>Pending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На чекању</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="164"/>
        <source>Within the limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У року</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="184"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема захтева у овом периоду.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="186"/>
        <source>Requests answered by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтеви на које је одговорила ова канцеларија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="187"/>
        <source>Requests answered by partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтеви на које су одговорили партнери</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="190"/>
        <source>%1: time to the first reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1: време до првог одговора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="205"/>
        <source>4. Overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>4. Сада прекорачено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="207"/>
        <source>Requests of the period without a reply and past their limit at %1.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Захтеви из периода без одговора и с истеклим роком у %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="214"/>
        <source>Nothing is overdue.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ништа није прекорачено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="219"/>
        <source>Reply owed by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговор дугује</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="236"/>
        <source>5. Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>5. Предмети</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="239"/>
        <source>Cases opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворени предмети</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="240"/>
        <source>Cases closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затворени предмети</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="245"/>
        <source>6. Outcomes of the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>6. Исходи заједничке акције</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="247"/>
        <source>No outcomes recorded in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема исхода евидентираних у овом периоду.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="252"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="270"/>
        <source>Records</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="261"/>
        <source>7. Amounts seized (per currency, never added across currencies)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>7. Одузети износи (по валути, никад сабрани преко валута)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="269"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="286"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валута</translation>
    </message>
    <message>
        <source>8. Method</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">8. Метод</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="330"/>
        <source>Annex: cases of the period and their subjects (personal data)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилог: предмети периода и њихови субјекти (лични подаци)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="335"/>
        <source>Included at the issuing officer&apos;s request; the export is recorded in the audit log with its justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Укључено на захтев службеника који издаје; извоз је забележен у ревизијском трагу с образложењем.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="346"/>
        <source>No subjects recorded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема евидентираних субјеката.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="372"/>
        <source>Liaison monitoring report %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison извештај о праћењу %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="381"/>
        <source>Contains personal data (annex): handle under your data-protection rules</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Садржи личне податке (прилог): поступајте по својим правилима о заштити података</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="385"/>
        <source>Aggregate figures — no personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Збирни подаци — без личних података</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="387"/>
        <source>Liaison — Monitoring report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Извештај о праћењу</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="390"/>
        <source>Issued by %1 (%2), %3 · computed %4 · verify with the signature beside this file: liaison report verify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издао %1 (%2), %3 · израчунато %4 · проверите потписом поред ове датотеке: liaison report verify</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="98"/>
        <source>%1 d %2 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 д %2 х</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="100"/>
        <source>%1 h %2 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 х %2 мин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="101"/>
        <source>%1 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="109"/>
        <source>%1 % (%2 of %3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 % (%2 од %3)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="59"/>
        <source>Liaison monitoring method %1 (section 9)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison метод праћења %1 (одељак 9)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="279"/>
        <source>Cash found or carried, as reported in the messages exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пронађена или преношена готовина, како је пријављена у размењеним порукама</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="285"/>
        <source>Reported in messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пријављено у порукама</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="287"/>
        <source>Cash subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти типа готовина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="300"/>
        <source>Sent by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послато из ове канцеларије</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="305"/>
        <source>8. Cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>8. Погоци унакрсне провере при пријему</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="309"/>
        <source>Hits against the watch lists</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Погоци према листама за праћење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="310"/>
        <source>Hits in the records held here</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Погоци у записима на овом рачунару</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="311"/>
        <source>Strong hits (the officer was notified)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Јаки погоци (службеник је обавештен)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="312"/>
        <source>Messages with a hit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поруке са поготком</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="320"/>
        <source>9. Method</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>9. Метод</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="16"/>
        <source>invited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>позвана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="17"/>
        <source>taking part</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>учествује</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="18"/>
        <source>declined</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>одбила</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="19"/>
        <source>left</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>повукла се</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="20"/>
        <source>proposed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>предложена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="21"/>
        <source>agreed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>договорена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="22"/>
        <source>active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="23"/>
        <source>concluded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>завршена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="30"/>
        <source>9. Joint operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>9. Заједничке операције</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="31"/>
        <source>Computed from each operation&apos;s shared record of signed updates: every participant&apos;s report shows the same figures.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Израчунато из заједничког записа потписаних измена сваке операције: извештај сваког учесника приказује исте бројке.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="45"/>
        <source>Lead, status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Водећа служба, статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="47"/>
        <source>Participants</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Учесници</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="48"/>
        <source>Objectives</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Циљеви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="49"/>
        <source>Tasks</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задаци</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="49"/>
        <source>%1 in all, %2 done, %3 overdue on %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>укупно %1, извршено %2, прекорачен рок %3 на дан %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="53"/>
        <source>Decisions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одлуке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="54"/>
        <source>Agreement after</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прихватање после</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="55"/>
        <source>Tasks done after</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задаци извршени после</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="61"/>
        <source>All agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Све службе</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="46"/>
        <source>This quarter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај квартал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="47"/>
        <source>Last quarter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прошли квартал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="48"/>
        <source>This year</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ова година</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="49"/>
        <source>Last year</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прошла година</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="50"/>
        <source>Last 12 months</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последњих 12 месеци</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="51"/>
        <source>Chosen dates</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изабрани датуми</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="80"/>
        <source>Report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извештај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="81"/>
        <source>Make a report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Направите извештај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="106"/>
        <source>Make &amp;report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Направи &amp;извештај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="133"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Све партнерске агенције</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="141"/>
        <source>PDF (charts, for the meeting)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PDF (графикони, за састанак)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="142"/>
        <source>CSV (figures, for a spreadsheet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>CSV (подаци, за табелу)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="188"/>
        <source>Required: why it is exported, and to whom</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обавезно: зашто се извози и коме</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="191"/>
        <source>The file holds personal data. It is signed by this device and the export is written to the audit log with your justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека садржи личне податке. Потписана је овим уређајем, а извоз се уписује у ревизијски траг с вашим образложењем.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="195"/>
        <source>Optional: e.g. working group meeting of 15 April</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Необавезно: нпр. састанак радне групе од 15. априла</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="197"/>
        <source>The report holds counts only, no personal data. It is signed by this device and the export is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извештај садржи само бројеве, без личних података. Потписан је овим уређајем, а извоз се уписује у ревизијски траг.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="215"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="216"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>CSV датотеке (*.csv)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="217"/>
        <source>Save the report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувајте извештај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="235"/>
        <source>Choose where to save the report.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите где да се сачува извештај.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="255"/>
        <source>Drawing the report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Израда извештаја…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="261"/>
        <source>The profile locked while the report was drawn; nothing was saved.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профил се закључао док је извештај израђиван; ништа није сачувано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="271"/>
        <source>Saved %1 and its signature %2. The export is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувано: %1 и његов потпис %2. Извоз је у ревизијском трагу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="278"/>
        <source>The report could not be drawn: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извештај није могао да се изради: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="328"/>
        <source>Choose the case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите предмет.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../ui/report_dialog.ui" line="9"/>
        <source>&amp;Monitoring report for the working group</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извештај о праћењу &amp;за радну групу</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="11"/>
        <source>Monitoring report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извештај о праћењу</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="16"/>
        <source>Figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаци</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="18"/>
        <source>&amp;Period:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="19"/>
        <source>Period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="20"/>
        <source>&amp;From:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Од:</translation>
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
        <translation>Први дан периода</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="24"/>
        <source>&amp;to:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;до:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="25"/>
        <source>Last day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последњи дан периода</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="28"/>
        <source>P&amp;artner:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;артнер:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="29"/>
        <source>Partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнерска агенција</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="30"/>
        <source>F&amp;ormat:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="31"/>
        <source>File format</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Формат датотеке</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="32"/>
        <source>&amp;Name the subjects in an annex (personal data: needs a justification)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Наведи субјекте у прилогу (лични подаци: потребно је образложење)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="32"/>
        <source>Name the subjects in an annex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведи субјекте у прилогу</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="38"/>
        <source>&amp;Hand-over file of a case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доси&amp;је предмета за предају</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="39"/>
        <source>Hand-over file of a case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досије предмета за предају</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="44"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="46"/>
        <source>&amp;Case:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пр&amp;едмет:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="47"/>
        <source>Case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ознака предмета</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="53"/>
        <source>&amp;Justification:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образ&amp;ложење:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="54"/>
        <source>Justification for the export</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образложење извоза</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="55"/>
        <source>&amp;Save to:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сачувај у:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="58"/>
        <source>File to save the report to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека у коју се чува извештај</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="59"/>
        <source>&amp;Browse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;регледај…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="59"/>
        <source>Choose the file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите датотеку</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="68"/>
        <source>What the export records</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта извоз бележи</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="74"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напредак</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="82"/>
        <source>Result</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="280"/>
        <source>Re&amp;ason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Разлог:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="281"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="283"/>
        <source>Lift a restriction</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Укидање ограничења</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="284"/>
        <source>&amp;Lift</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Укини</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="285"/>
        <source>Show %1 %2 — %3 again in the lists and in search</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поново прикажи %1 %2 — %3 у листама и претрази</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="287"/>
        <source>Restrict instead of erasing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничити уместо брисања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="288"/>
        <source>&amp;Restrict</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ограничи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="289"/>
        <source>Restrict %1 %2 — %3: kept for evidence, hidden from the lists and from search, never erased automatically (a case takes its messages and subjects with it)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничи %1 %2 — %3: чува се као доказ, скривено у листама и претрази, никад се не брише аутоматски (предмет повлачи и своје поруке и субјекте)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="307"/>
        <source>Shown again: %1 %2. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поново приказано: %1 %2. Ваш разлог је у ревизијском дневнику.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="311"/>
        <source>Restricted %1 %2: kept for evidence and hidden. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничено: %1 %2, чува се као доказ и скривено је. Ваш разлог је у ревизијском дневнику.</translation>
    </message>
</context>
<context>
    <name>ReviewEraseForm</name>
    <message>
        <location filename="../../ui/review_erase.ui" line="13"/>
        <source>Record to erase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис који се брише</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="20"/>
        <source>Erasure removes the record from this computer and cannot be undone. Your reason is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брисањем се запис уклања са овог рачунара и то се не може поништити. Ваш разлог се уписује у ревизијски траг.</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="26"/>
        <source>Also erase the messages that carry this subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обриши и поруке које садрже овај субјект</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="31"/>
        <source>&amp;Reason for erasure:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Разлог брисања:</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="37"/>
        <source>e.g. no longer needed: enquiry closed without charge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. више није потребно: истрага је окончана без подизања оптужнице</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="39"/>
        <source>Reason for erasure</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог брисања</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="47"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
</context>
<context>
    <name>ReviewKeepForm</name>
    <message>
        <location filename="../../ui/review_keep.ui" line="13"/>
        <source>Record to keep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис који се задржава</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="20"/>
        <source>Keep the record only where it is still needed, for example as evidence. It comes back for review on the new date. Your reason is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задржите запис само ако је још потребан, на пример као доказ. Поново ће доћи на преиспитивање новог датума. Ваш разлог се уписује у ревизијски траг.</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="27"/>
        <source>Keep &amp;until:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задржи &amp;до:</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="35"/>
        <source>New review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нови датум преиспитивања</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="40"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Разлог:</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="46"/>
        <source>e.g. evidence for proceedings at Belgrade court</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. доказ у поступку пред судом у Београду</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="48"/>
        <source>Reason for keeping the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разлог задржавања записа</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="58"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="135"/>
        <source>%n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n запис за преиспитивање</numerusform>
            <numerusform>%n записа за преиспитивање</numerusform>
            <numerusform>%n записа за преиспитивање</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="136"/>
        <source>Nothing is due for review.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема записа за преиспитивање.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="170"/>
        <source>Due today</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок је данас</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="171"/>
        <source>%n day(s) overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Рок је истекао пре %n дан</numerusform>
            <numerusform>Рок је истекао пре %n дана</numerusform>
            <numerusform>Рок је истекао пре %n дана</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="174"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="175"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјект</translation>
    </message>
    <message>
        <source>A whole case cannot be erased here. Keep it with a reason, or press Enter to open the case and review its subjects and messages.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Цео предмет се овде не може обрисати. Задржите га уз навођење разлога или притисните Enter да бисте отворили предмет и преиспитали његове субјекте и поруке.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="246"/>
        <source>No message carries this subject.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ниједна порука не садржи овај субјект.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="247"/>
        <source>%n message(s) carry this subject: erasing it means erasing them too.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n порука садржи овај субјект: његово брисање значи и брисање те поруке.</numerusform>
            <numerusform>%n поруке садрже овај субјект: његово брисање значи и брисање тих порука.</numerusform>
            <numerusform>%n порука садржи овај субјект: његово брисање значи и брисање тих порука.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="11"/>
        <source>Records due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи за преиспитивање</translation>
    </message>
    <message>
        <source>Personal data is reviewed when its review date comes. Keep a record until a new review date, or erase it. Each decision is written to the audit log with your reason.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Подаци о личности се преиспитују када доспе датум преиспитивања. Задржите запис до новог датума преиспитивања или га обришите. Свака одлука се уписује у ревизијски траг заједно са Вашим разлогом.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="34"/>
        <source>How many records are due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број записа за преиспитивање</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="51"/>
        <source>&amp;Keep until…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Задржи до…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="52"/>
        <source>Keep the selected record until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задржи изабрани запис до новог датума преиспитивања</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="58"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Обриши…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="59"/>
        <source>Erase the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обриши изабрани запис</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="75"/>
        <source>Records due for review, oldest review date first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи за преиспитивање, најпре они са најстаријим датумом</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="80"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="81"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="82"/>
        <source>Label</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ознака</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="83"/>
        <source>Review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум преиспитивања</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="84"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рок је истекао</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="91"/>
        <source>About the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О изабраном запису</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="98"/>
        <source>Last decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последња одлука</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="106"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="131"/>
        <source>%n restricted record(s)</source>
        <extracomment>the decision dialog while it is open (tests fill it in)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n ограничен запис</numerusform>
            <numerusform>%n ограничена записа</numerusform>
            <numerusform>%n ограничених записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="157"/>
        <source>Policy: records %1 days past their review date are erased only when you confirm; %n wait for you.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Правило: записи %1 дана после датума преиспитивања бришу се само кад ви потврдите; %n чека на вас.</numerusform>
            <numerusform>Правило: записи %1 дана после датума преиспитивања бришу се само кад ви потврдите; %n чекају на вас.</numerusform>
            <numerusform>Правило: записи %1 дана после датума преиспитивања бришу се само кад ви потврдите; %n чека на вас.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="160"/>
        <source>Policy: records %1 days past their review date are erased automatically (at unlock and daily) unless kept or restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правило: записи %1 дана после датума преиспитивања бришу се аутоматски (при откључавању и свакодневно) осим ако су задржани или ограничени.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="164"/>
        <source>Last run %1: %n erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Последње покретање %1: избрисан %n.</numerusform>
            <numerusform>Последње покретање %1: избрисана %n.</numerusform>
            <numerusform>Последње покретање %1: избрисано %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="173"/>
        <source>Restricted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="174"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="175"/>
        <source>Draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="218"/>
        <source>&amp;Lift restriction…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Укини ограничење…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="219"/>
        <location filename="../../ui/page_review.ui" line="65"/>
        <source>&amp;Restrict…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Огра&amp;ничи…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="223"/>
        <source>Restricted on %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничено %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="227"/>
        <source>Erasing a case erases the messages and subjects filed only in it. Press Enter to open the case and review them first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брисањем предмета бришу се поруке и субјекте заведени само у њему. Притисните Enter да отворите предмет и прво их прегледате.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="230"/>
        <source>A message filed in no case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука која није заведена ни у једном предмету.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="233"/>
        <source>A draft nobody has edited since; reopen it from Drafts to go on with it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нацрт који од тада нико није мењао; отворите га из Нацрта да наставите.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="19"/>
        <source>Personal data is reviewed when its review date comes. Keep a record until a new review date, erase it, or restrict it (kept for evidence, hidden from the lists and search). Each decision is written to the audit log with your reason.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични подаци се преиспитују кад дође датум преиспитивања. Задржите запис до новог датума, избришите га или га ограничите (чува се као доказ, скривено у листама и претрази). Свака одлука се уписује у ревизијски траг са вашим разлогом.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="26"/>
        <source>Automatic erasure under the retention policy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Аутоматско брисање по правилу о чувању</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="44"/>
        <source>Show re&amp;stricted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикажи о&amp;граничене</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="45"/>
        <source>Records kept for evidence instead of being erased</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи који се чувају као доказ уместо да буду избрисани</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="46"/>
        <source>Show the restricted records instead</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикажи уместо тога ограничене записе</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="66"/>
        <source>Keep it for evidence: hidden from the lists and from search, never erased automatically</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сачувајте као доказ: скривено у листама и претрази, никад се не брише аутоматски</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="67"/>
        <source>Restrict the selected record instead of erasing it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничи изабрани запис уместо брисања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="95"/>
        <source>Nothing is due for review. Cases and subjects whose review date has come appear here: keep each one longer with a reason, or erase it.</source>
        <extracomment>the list was re-read: how many records are due a decision was made and audited (what was done, in words) refreshed by the shell on ctx.data_changed (when shown, or when next shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ништа није за преиспитивање. Овде се појављују предмети и субјекти чији је датум преиспитивања дошао: сваки задржите дуже уз разлог или га обришите.</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../../ui/page_search.ui" line="7"/>
        <source>What the search found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати претраге</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="12"/>
        <source>Search results: cases, messages and subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати претраге: предмети, поруке и субјекти</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="14"/>
        <source>Found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пронађено</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="15"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="20"/>
        <source>Subject details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Појединости о субјекту</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="21"/>
        <source>Press Enter on a subject to see its details.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Притисните Enter на субјекту да бисте видели појединости.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="56"/>
        <source>Search results</source>
        <extracomment>a subject&apos;s details are on screen (its ref)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати претраге</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="94"/>
        <source>Search failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Претрага није успела</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="98"/>
        <source>Cases (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмети (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="101"/>
        <source>%1 messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="103"/>
        <source>Messages (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поруке (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="108"/>
        <source>Subjects (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субјекти (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="111"/>
        <source>personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>подаци о личности</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="147"/>
        <source>Nothing found for “%1”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ништа није пронађено за „%1“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="150"/>
        <source>“%1”: %2 cases, %3 messages, %4 subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„%1“: предмета %2, порука %3, субјеката %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/search.py" line="113"/>
        <source>in %n message(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>у %n поруци</numerusform>
            <numerusform>у %n поруке</numerusform>
            <numerusform>у %n порука</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="159"/>
        <source>Message %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука %1</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="213"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одговорити се може само на поруку коју сте примили.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="214"/>
        <source>Only a message you received can be acknowledged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потврдити се може само пријем поруке коју сте примили.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="215"/>
        <source>Only a message you sent can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опозвати се може само порука коју сте послали.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="216"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђивати се могу само захтеви и упозорења.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="217"/>
        <source>Give a reason for opening this record (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите разлог за отварање овог записа (бар неколико речи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="219"/>
        <source>This device is not enrolled yet, so there is no directory of recipients. Connect and finish enrolment first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај уређај још није регистрован, па нема именика прималаца. Најпре се повежите и завршите регистрацију.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="222"/>
        <source>There is no message {message_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У овом профилу нема поруке {message_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="223"/>
        <source>A Liaison profile already exists at {path}. Open it, or choose another profile directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профил апликације Liaison већ постоји у {path}. Отворите га или изаберите другу фасциклу за профил.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="225"/>
        <source>The hub did not list this device as active after enrolment. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште после регистрације није навело овај уређај као активан. Обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="227"/>
        <source>The hub answered with a directory that does not verify ({problem}). Do not use this hub; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште је одговорило имеником који не пролази проверу ({problem}). Не користите ово чвориште; обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="229"/>
        <source>No key file was found for this profile. Enrol this device or restore from backup; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За овај профил није пронађена датотека са кључевима. Региструјте овај уређај или вратите резервну копију; обратите се ИТ служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="231"/>
        <source>{count} message(s) still carry this subject. Erase those messages together with it, or keep the subject longer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број порука које још носе овај субјект: {count}. Обришите те поруке заједно са њим или задржите субјект дуже.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="234"/>
        <source>Give the reason for this retention decision (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите разлог за ову одлуку о чувању (бар неколико речи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="236"/>
        <source>The new review date must be in the future.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нови датум преиспитивања мора бити у будућности.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="237"/>
        <source>There is no subject {subject_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У овом профилу нема субјекта {subject_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="251"/>
        <source>A check is a consultation of personal data: give the reason for it (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера је увид у личне податке: наведите разлог (бар неколико речи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="253"/>
        <source>A message carries at most {count} attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука носи највише {count} прилога.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="254"/>
        <source>An attachment does not verify ({detail}); not forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилог не пролази проверу ({detail}); није прослеђено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="256"/>
        <source>Cannot read {name} ({error}). Check the file and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није могуће прочитати {name} ({error}). Проверите датотеку и покушајте поново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="258"/>
        <source>Cannot write {path} ({error}); choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није могуће уписати {path} ({error}); изаберите друго место.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="259"/>
        <source>Case {case_ref} already has the {system} reference {reference}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет {case_ref} већ има {system} референцу {reference}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="261"/>
        <source>Case {case_ref} already has {count} references; remove one first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет {case_ref} већ има {count} референци; прво уклоните једну.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="263"/>
        <source>Case {case_ref} has no {system} reference {reference}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет {case_ref} нема {system} референцу {reference}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="265"/>
        <source>Case {case_ref} is restricted (kept for evidence); it is listed under Review due, Restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предмет {case_ref} је ограничен (чува се као доказ); наведен је под За преиспитивање, Ограничено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="267"/>
        <source>Could not write the report to {path} ({error}). Nothing was exported; choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извештај није могуће уписати у {path} ({error}). Ништа није извезено; изаберите друго место.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="269"/>
        <source>Download the attachments first ({names}); a forward carries them.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прво преузмите прилоге ({names}); прослеђена порука их носи.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="271"/>
        <source>Give something to check: a name, a plate with its country, a document number, an MRZ or a phone number.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Унесите шта да се провери: име, таблице са државом, број документа, MRZ или број телефона.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="273"/>
        <source>Give the justification for this export (a few words at least): it is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите оправдање за овај извоз (бар неколико речи): уписује се у дневник ревизије.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="275"/>
        <source>Give the plate&apos;s country too (--country), e.g. BG or RS: plates are read by the rules of their country.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите и државу таблица (--country), нпр. BG или RS: таблице се читају по правилима своје државе.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="277"/>
        <source>Give the reason for exporting the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите разлог за извоз дневника ревизије.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="278"/>
        <source>Give the reason for exporting the transfer record.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите разлог за извоз евиденције преноса.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="279"/>
        <source>Give the reason for saving this attachment outside Liaison (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите разлог за чување овог прилога ван програма Liaison (бар неколико речи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="281"/>
        <source>MRZ not accepted: {error}. Check the characters against the document (0 and O, 1 and I, 5 and S are easily confused).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>MRZ није прихваћен: {error}. Упоредите знакове са документом (0 и O, 1 и I, 5 и S се лако замене).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="284"/>
        <source>Message {message_id} has no attachment {attachment_id}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука {message_id} нема прилог {attachment_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="286"/>
        <source>Only a case, a subject or a message can be restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничити се може само предмет, лице или порука.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="288"/>
        <source>Only a case, a subject or a message has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум преиспитивања има само предмет, лице или порука.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="290"/>
        <source>Only a request, an alert, a reply or a case share can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опозвати се може само захтев, упозорење, одговор или дељење предмета.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="292"/>
        <source>Say why the outcome is removed (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите зашто се исход уклања (бар неколико речи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="294"/>
        <source>That record is not restricted; nothing to lift.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тај запис није ограничен; нема шта да се укине.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="295"/>
        <source>The annex names subjects (personal data): give the justification for exporting it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прилог наводи лица (лични подаци): наведите оправдање за извоз.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="297"/>
        <source>The audit log is exported as {formats}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дневник ревизије се извози као {formats}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="298"/>
        <source>The encrypted copy of {name} is gone.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифрована копија датотеке {name} више не постоји.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="299"/>
        <source>The encrypted copy of {name} is missing from this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифрована копија датотеке {name} недостаје у овом профилу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="301"/>
        <source>The encrypted copy of {name} is missing; attach the file again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифрована копија датотеке {name} недостаје; поново приложите датотеку.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="303"/>
        <source>The end of the period is before its start.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Крај периода је пре његовог почетка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="304"/>
        <source>The file name cannot be sent: {reason}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив датотеке не може да се пошаље: {reason}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="305"/>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фасцикла {folder} не постоји; изаберите друго место.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="307"/>
        <source>The transfer record is exported as json or csv.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Евиденција преноса се извози као json или csv.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="308"/>
        <source>There is no Liaison profile at {path}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На {path} нема Liaison профила.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="309"/>
        <source>There is no attachment {attachment_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У овом профилу нема прилога {attachment_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="311"/>
        <source>There is no folder {folder} to save into.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема фасцикле {folder} у коју би се сачувало.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="312"/>
        <source>There is no folder {folder} to write the export into.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нема фасцикле {folder} у коју би се уписао извоз.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="313"/>
        <source>There is no outcome {outcome_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У овом профилу нема исхода {outcome_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="314"/>
        <source>This profile has no provisioning data; enrol again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај профил нема податке о додели; поново се региструјте.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="315"/>
        <source>This provisioning file is signed by the authority {found}, but IT&apos;s policy on this computer expects {expected}. Do not use it; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ову датотеку за доделу потписао је орган {found}, а IT политика на овом рачунару очекује {expected}. Не користите је; обратите се IT служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="318"/>
        <source>{agency} withdrew this message ({reason}); it cannot be passed on.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{agency} је повукла ову поруку ({reason}); не може се проследити.</translation>
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
        <translation>{name} се променила током шифровања; поново је приложите када ништа више не уписује у њу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="323"/>
        <source>{name} does not verify ({detail}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} не пролази проверу ({detail}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="324"/>
        <source>{name} does not verify ({detail}); nothing was saved.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} не пролази проверу ({detail}); ништа није сачувано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="325"/>
        <source>{name} is not an image that can be shown here; use Save as… to open it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} није слика која може да се прикаже овде; отворите је преко Сачувај као…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="327"/>
        <source>{name} is not here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} није овде.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="328"/>
        <source>{name} is still at the hub: download it first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} је још на чворишту: прво је преузмите.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="329"/>
        <source>{name} is still being downloaded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} се још преузима.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="330"/>
        <source>{name} was refused ({reason}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} је одбијена ({reason}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="331"/>
        <source>{path} is a folder; give a file name for the report.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{path} је фасцикла; наведите назив датотеке за извештај.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="332"/>
        <source>“{name}” holds no name to look up.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„{name}” не садржи име за претрагу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="333"/>
        <source>“{value}” cannot be read as {what}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„{value}” не може да се прочита као {what}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="335"/>
        <source>A bundle can be opened by at most {limit} devices; these recipients and carriers have {devices}. Name officers instead of whole agencies, or fewer carriers.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет може да отвори највише {limit} уређаја; ови примаоци и преносиоци имају {devices}. Наведите службенике уместо целих агенција или мање преносилаца.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="339"/>
        <source>A bundle lives between one hour and {days} days.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет важи од једног сата до {days} дана.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="340"/>
        <source>A bundle that carries messages is a disclosure: give the legal basis and the justification for handing them to a carrier.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет који носи поруке је откривање података: наведите правни основ и оправдање за предају преносиоцу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="343"/>
        <source>Name whom the bundle is for: an agency (RS-BP) or an officer (rs-bp.horgos-desk).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наведите коме је пакет намењен: агенцији (RS-BP) или службенику (рс-bp.horgos-деск).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="345"/>
        <source>Nothing waits for {names}: no queued message and no acknowledgement owed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ништа не чека за {names}: нема порука у реду ни дугованих потврда.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="347"/>
        <source>Only a case, a subject, a message or a draft has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум преиспитивања има само предмет, лице, порука или нацрт.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="349"/>
        <source>That draft is no longer there.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тај нацрт више не постоји.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="350"/>
        <source>The bundle could not be relayed: {error}. What reached the hub stays there; relay it again when connected (the hub takes nothing twice).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет није могуће проследити: {error}. Оно што је стигло на чвориште остаје тамо; поново га проследите када будете повезани (чвориште ништа не прима двапут).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="353"/>
        <source>The bundle could not be written to {path} ({error}). Nothing was handed to a carrier.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет није могуће уписати у {path} ({error}). Ништа није предато преносиоцу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="355"/>
        <source>The file {path} cannot be read ({error}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотеку {path} није могуће прочитати ({error}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="356"/>
        <source>The folder {folder} does not exist (is the medium plugged in?).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фасцикла {folder} не постоји (да ли је медиј прикључен?).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="358"/>
        <source>The message this draft answers is no longer in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука на коју овај нацрт одговара више није у овом профилу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="360"/>
        <source>This bundle comes from a device that has been revoked (lost or stolen?); it is refused; report it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет потиче с уређаја који је опозван (изгубљен или украден?); одбијен је; пријавите то</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="362"/>
        <source>This bundle comes from a device that is not in your directory; sync once to refresh it, then try again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет потиче с уређаја који није у вашем именику; синхронизујте једном да га освежите, па покушајте поново</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="364"/>
        <source>This bundle has expired; ask the sender for a new one</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је истекао; затражите нови од пошиљаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="365"/>
        <source>This bundle holds a damaged envelope ({error}). Nothing was stored.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет садржи оштећену коверту ({error}). Ништа није сачувано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="367"/>
        <source>This bundle holds something that is not an envelope. Nothing was stored.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет садржи нешто што није коверта. Ништа није сачувано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="369"/>
        <source>This bundle is damaged or was altered; ask for a new copy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је оштећен или измењен; затражите нову копију</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="371"/>
        <source>This bundle is for {names}, not for you. Nothing was stored. (This device may carry it: relay it from a connected device.)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је за {names}, не за вас. Ништа није сачувано. (Овај уређај може да га пренесе: проследите га с повезаног уређаја.)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="374"/>
        <source>This bundle is incomplete (cut short while copying?); copy it again from the medium</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је непотпун (прекинут при копирању?); поново га копирајте с медија</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="376"/>
        <source>This bundle is not addressed to this device (it is for another officer or agency), or it is damaged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет није насловљен на овај уређај (намењен је другом службенику или агенцији) или је оштећен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="378"/>
        <source>This bundle is not for you</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет није за вас</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="379"/>
        <source>This bundle says it was made in the future; check this device&apos;s date and time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет тврди да је направљен у будућности; проверите датум и време на овом уређају</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="381"/>
        <source>This bundle was made by a newer version of Liaison; update this device first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај пакет је направила новија верзија програма Liaison; прво ажурирајте овај уређај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="383"/>
        <source>This bundle&apos;s contents are not what its sender signed; it is refused; ask for a new copy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Садржај овог пакета није оно што је пошиљалац потписао; одбијен је; затражите нову копију</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="385"/>
        <source>This bundle&apos;s signature does not verify: it is forged or altered; do not use it and report it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпис овог пакета не пролази проверу: кривотворен је или измењен; не користите га и пријавите то</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="387"/>
        <source>This device has no directory yet: connect once and sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај уређај још нема именик: повежите се једном и синхронизујте.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="389"/>
        <source>This device is not enrolled yet, so it cannot relay. Enrol it first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај уређај још није регистрован, па не може да прослеђује. Прво га региструјте.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="391"/>
        <source>This draft is no longer there: it was sent, discarded or erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај нацрт више не постоји: послат је, одбачен или обрисан.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="393"/>
        <source>This file is not a Liaison bundle, or it is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ова датотека није Liaison пакет или је неисправна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="394"/>
        <source>Your directory expired on {expired}: a bundle is sealed against it, so connect once to refresh it before exporting.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ваш именик је истекао {expired}: пакет се затвара према њему, па се повежите једном да га освежите пре извоза.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="397"/>
        <source>{words}. Nothing was stored. ({why})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{words}. Ништа није сачувано. ({why})</translation>
    </message>
    <message>
        <source>Only a case or a subject has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Датум преиспитивања имају само предмет или субјект.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="238"/>
        <source>There is no Liaison profile at {path}. Enrol first with the provisioning file from IT (liaison enrol).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У {path} нема профила апликације Liaison. Најпре се региструјте помоћу датотеке за доделу од ИТ службе (liaison enrol).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="240"/>
        <source>This profile is incomplete (no provisioning data). Enrol again with the provisioning file from IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај профил је непотпун (нема података о додели). Поново се региструјте помоћу датотеке за доделу од ИТ службе.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="242"/>
        <source>There is no case {case_ref} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У овом профилу нема предмета {case_ref}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="243"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање H2 каже да се не прослеђује без дозволе пружаоца података. Питајте пружаоца и евидентирајте његову сагласност пре прослеђивања.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="246"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за руковање C носи услов пружаоца података да се не прослеђује без његове сагласности. Питајте пружаоца и евидентирајте његову сагласност пре прослеђивања.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Језик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="44"/>
        <source>Theme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="45"/>
        <source>High contrast</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Висок контраст</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="46"/>
        <source>Text size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Величина текста</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="47"/>
        <source>Hub address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адреса чворишта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="48"/>
        <source>Hub CA certificate file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека CA сертификата чворишта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="49"/>
        <source>Lock after idle minutes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закључај после минута неактивности</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="50"/>
        <source>Keep records for days</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чувај записе дана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="51"/>
        <source>Erase records this many days after their review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обриши записе оволико дана после датума преиспитивања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="53"/>
        <source>Erase only when an officer confirms</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бриши само када службеник потврди</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="55"/>
        <source>Passphrase-only storage allowed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дозвољено чување само под приступном фразом</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="57"/>
        <source>Update channel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Канал ажурирања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="58"/>
        <source>Check for updates</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверавај ажурирања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="59"/>
        <source>Tell the sender when I open a message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обавести пошиљаоца када отворим поруку</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="60"/>
        <source>Download attachments up to MiB without asking</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преузми прилоге до оволико MiB без питања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="62"/>
        <source>Warn when the directory is older than (hours)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Упозори када је именик старији од (сати)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="64"/>
        <source>Provisioning authority fingerprint</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отисак органа за доделу</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="72"/>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="77"/>
        <source>Follow the system</source>
        <extracomment>setting -&gt; the spin box&apos;s range where it is not 1..3650 language setting -&gt; how it is offered (each language in its own name)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Према систему</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="78"/>
        <source>Light</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Светла</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="79"/>
        <source>Dark</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тамна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="102"/>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="103"/>
        <source>Locked by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закључала ИТ служба</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="117"/>
        <source>Settings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подешавања</translation>
    </message>
    <message>
        <source>set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">подесила ИТ служба</translation>
    </message>
    <message>
        <source>locked at a safe value: the policy file is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">закључано на безбедној вредности: датотека политике је неисправна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="132"/>
        <source>Display</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приказ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="133"/>
        <source>Work</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рад</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="144"/>
        <source>The policy file from IT has problems; show this to IT:
{0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека политике од ИТ службе има проблема; покажите ово ИТ служби:
{0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="151"/>
        <source>&amp;Save</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="152"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="171"/>
        <source>Set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подесила ИТ служба</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="172"/>
        <source>Locked at a safe value: the policy file from IT is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закључано на безбедној вредности: датотека политике од ИТ службе је неисправна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="217"/>
        <source>The new language is used from the next time you unlock Liaison.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нови језик се користи од следећег откључавања апликације Liaison.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings.ui" line="12"/>
        <source>Settings marked with a lock are set by IT (the system policy or your provisioning file) and cannot be changed here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подешавања означена катанцем подесила је ИТ служба (системска политика или Ваша датотека за доделу приступа) и овде се не могу мењати.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="19"/>
        <source>Problems with the policy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблеми са политиком</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="29"/>
        <source>Error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Грешка</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../liaison_app/gui/app.py" line="166"/>
        <source>Locked after {0} minutes without activity.</source>
        <extracomment>a session was opened (the main window is showing) the session was closed by a lock (reason) the language setting the translations were installed for (None: not by the shell) test hook: when set, the idle limit used instead of the policy&apos;s minutes</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закључано после {0} минута неактивности.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="31"/>
        <source>Sign and queue / send (from any tab)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпиши и стави у ред / пошаљи (са било које картице)</translation>
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
        <translation>Затвори: сачувај као нацрт, одбаци или настави уређивање</translation>
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
        <translation>Следећа / претходна картица</translation>
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
        <translation type="vanished">Иди на картицу поруке (Порука … Предмет)</translation>
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
        <translation>Иди на картицу поруке (Порука … Прилози)</translation>
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
        <translation>Приложи копирану слику или датотеку (на картици Прилози)</translation>
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
        <translation>Иди на поље или дугме (подвучено слово)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="42"/>
        <source>Alt+letter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Alt+слово</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="43"/>
        <source>Tick a recipient or check box</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Означи примаоца или поље за потврду</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="44"/>
        <source>Space</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Размак</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="64"/>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пречице на тастатури</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="67"/>
        <source>Everything in Liaison can be done from the keyboard.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Све у апликацији Liaison може да се уради са тастатуре.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="73"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="73"/>
        <source>Keys</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тастери</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="76"/>
        <source>Main window</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Главни прозор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="77"/>
        <source>Compose and reply dialogs</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прозори за састављање и одговор</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="45"/>
        <source>Sync progress</source>
        <extracomment>the officer clicked the &quot;due for review&quot; prompt</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ток синхронизације</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="49"/>
        <location filename="../../liaison_app/gui/status_bar.py" line="52"/>
        <source>Sync now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизуј сада</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="51"/>
        <source>Send queued items and fetch new ones (F5)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пошаљи ставке из реда за слање и преузми нове (F5)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="59"/>
        <source>Open the records due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отвори записе за преиспитивање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="78"/>
        <source>Checking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Провера…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="79"/>
        <source>Queued: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У реду за слање: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="80"/>
        <source>Last sync: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последња синхронизација: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="86"/>
        <source>Re-enrolment needed: contact IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потребна је поновна регистрација: обратите се ИТ служби</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="88"/>
        <source>Online</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На мрежи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="90"/>
        <source>Offline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ван мреже</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="91"/>
        <source>Queued: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У реду за слање: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="93"/>
        <source> (failed: {0})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> (неуспело: {0})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="95"/>
        <source>Last sync: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последња синхронизација: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="139"/>
        <source>%n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n запис за преиспитивање</numerusform>
            <numerusform>%n записа за преиспитивање</numerusform>
            <numerusform>%n записа за преиспитивање</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="147"/>
        <source>Not enrolled yet: will enrol when the hub is reachable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Још није регистровано: регистрација када чвориште буде доступно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="152"/>
        <source>This computer is now enrolled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај рачунар је сада регистрован.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="167"/>
        <source>never</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>никада</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="182"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Именик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="182"/>
        <source>Sending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Слање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="183"/>
        <source>Receiving</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пријем</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="183"/>
        <source>Done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Завршено</translation>
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
        <translation>Синхронизовано: послато {0}, примљено {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="184"/>
        <source>Uploading attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отпремање прилога</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="185"/>
        <source>Downloading attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преузимање прилога</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="193"/>
        <source>{0}: {1} % of {2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}: {1} % од {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="81"/>
        <source>Directory: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Именик: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="110"/>
        <source>Directory: not checked yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Именик: још није проверен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="112"/>
        <source>Directory: {0} old</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Именик: стар {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="117"/>
        <source>Older than IT allows ({0} h): sync as soon as you can. A device revoked since may not be known here yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Старији него што ИТ служба дозвољава ({0} h): синхронизујте чим будете могли. Уређај опозван у међувремену можда овде још није познат.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="120"/>
        <source>How long ago the hub last proved this directory current</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пре колико времена је чвориште последњи пут потврдило да је овај именик актуелан</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="132"/>
        <source>%n min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="134"/>
        <source>%n h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="135"/>
        <source>%n d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n дан</numerusform>
            <numerusform>%n дана</numerusform>
            <numerusform>%n дана</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="207"/>
        <source>Synced, with a warning: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизовано, уз упозорење: {0}</translation>
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
        <translation>{name} (рођ. {born})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="21"/>
        <source>alias {alias}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>псеудоним {alias}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="22"/>
        <source>(b. {born})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(рођ. {born})</translation>
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
        <translation>[гранични прелаз]</translation>
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
        <translation>(број непознат)</translation>
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
        <translation>Рачун {country} {number}</translation>
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
        <translation>Картица са завршетком {last_four}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="36"/>
        <source>Transfer {details}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пренос {details}</translation>
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
        <translation>Хавала {who}</translation>
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
        <translation>Готовина {money}</translation>
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
        <translation>нпр. GB82 WEST 1234 5698 7654 32 (размаци и мала слова су у реду)</translation>
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
        <translation>Проблем са IBAN-ом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="31"/>
        <source>Na&amp;tional account number:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Национални број &amp;рачуна:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="37"/>
        <source>Only where there is no IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Само када нема IBAN-а</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="38"/>
        <source>National account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Национални број рачуна</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="46"/>
        <source>Problem with national account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са националним бројем рачуна</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="51"/>
        <source>Bank co&amp;de:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифра &amp;банке:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="57"/>
        <source>Sort code, routing or bank number (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sort code, routing или број банке (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="58"/>
        <source>Bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифра банке</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="66"/>
        <source>Problem with bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са шифром банке</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="71"/>
        <source>BIC / S&amp;WIFT:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC / С&amp;WIFT:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="77"/>
        <source>e.g. DEUTDEFF or DEUTDEFF500 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. DEUTDEFF или DEUTDEFF500 (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="78"/>
        <source>BIC or SWIFT code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC или SWIFT код</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="86"/>
        <source>Problem with BIC or SWIFT code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са BIC или SWIFT кодом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="91"/>
        <source>&amp;Holder:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В&amp;ласник:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="97"/>
        <source>Name on the account (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на рачуну (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="98"/>
        <source>Account holder</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Власник рачуна</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="106"/>
        <source>Problem with account holder</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са власником рачуна</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="111"/>
        <source>Ba&amp;nk:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ба&amp;нка:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="117"/>
        <source>Name of the bank (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив банке (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="118"/>
        <source>Bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив банке</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="126"/>
        <source>Problem with bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са називом банке</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="131"/>
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Др&amp;жава:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="137"/>
        <source>ISO code, e.g. RS; needed without an IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, нпр. RS; потребан без IBAN-а</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="138"/>
        <source>Country of the account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава рачуна</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="146"/>
        <source>Problem with country of the account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са државом рачуна</translation>
    </message>
    <message>
        <source>National &amp;account number:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Национални број &amp;рачуна:</translation>
    </message>
    <message>
        <source>Bank &amp;code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Шифра &amp;банке:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Држава:</translation>
    </message>
</context>
<context>
    <name>SubjectCardForm</name>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="11"/>
        <source>&amp;Last four digits:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Последње четири цифре:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="17"/>
        <source>e.g. 4242 (never the full card number)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. 4242 (никада цео број картице)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="18"/>
        <source>Last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последње четири цифре картице</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="26"/>
        <source>Problem with last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са последњим четирима цифрама картице</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="31"/>
        <source>&amp;Issuer:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Издавалац:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="37"/>
        <source>Issuing bank or card scheme (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Банка издавалац или картична шема (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="38"/>
        <source>Card issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издавалац картице</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="46"/>
        <source>Problem with card issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са издаваоцем картице</translation>
    </message>
</context>
<context>
    <name>SubjectCashForm</name>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="11"/>
        <source>A&amp;mount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Износ:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="17"/>
        <source>e.g. 48500</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. 48500</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="18"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="26"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са износом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="31"/>
        <source>C&amp;urrency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ва&amp;лута:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="37"/>
        <source>ISO 4217 code, e.g. EUR</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO 4217 код, нпр. EUR</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="38"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валута</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="46"/>
        <source>Problem with currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са валутом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="51"/>
        <source>&amp;Where found or carried:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Где је пронађена или ношена:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="57"/>
        <source>e.g. Horgoš, spare wheel of the lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. Хоргош, резервни точак камиона</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="58"/>
        <source>Where found or carried</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Где је пронађена или ношена</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="66"/>
        <source>Problem with where found or carried</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са местом проналаска или ношења</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="71"/>
        <source>Cou&amp;rier:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ку&amp;рир:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="77"/>
        <source>Courier (a person in this message)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Курир (лице из ове поруке)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="85"/>
        <source>Problem with courier (a person in this message)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са куриром (лице из ове поруке)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Износ:</translation>
    </message>
    <message>
        <source>C&amp;ourier:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Курир:</translation>
    </message>
</context>
<context>
    <name>SubjectCommsForm</name>
    <message>
        <source>Identifier &amp;kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Врста идентификатора:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="11"/>
        <source>&amp;Identifier kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста &amp;идентификатора:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="17"/>
        <source>Identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста идентификатора</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="25"/>
        <source>Problem with identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са врстом идентификатора</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="30"/>
        <source>&amp;Value:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В&amp;редност:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="36"/>
        <source>e.g. +381641234567</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. +381641234567</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="37"/>
        <source>Identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="45"/>
        <source>Problem with identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са идентификатором</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="50"/>
        <source>Se&amp;rvice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сервис:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Сервис:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="56"/>
        <source>Where it was seen, e.g. WhatsApp (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Где је уочен, нпр. WhatsApp (необавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="57"/>
        <source>Service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="65"/>
        <source>Problem with service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са сервисом</translation>
    </message>
</context>
<context>
    <name>SubjectCryptoForm</name>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="11"/>
        <source>&amp;Network:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Мрежа:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="17"/>
        <source>Network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мрежа</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="25"/>
        <source>Problem with network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са мрежом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="30"/>
        <source>Ne&amp;twork name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Назив мреже:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="36"/>
        <source>Only for another network, e.g. Monero</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Само за другу мрежу, нпр. Monero</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="37"/>
        <source>Name of the other network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив друге мреже</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="45"/>
        <source>Problem with name of the other network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са називом друге мреже</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="50"/>
        <source>A&amp;ddress:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адре&amp;са:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="56"/>
        <source>Paste the address exactly as seen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Налепите адресу тачно како је виђена</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="57"/>
        <source>Address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="65"/>
        <source>Problem with address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са адресом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="70"/>
        <source>A&amp;sset:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>К&amp;риптовалута:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="76"/>
        <source>Coin or token, e.g. BTC, USDT (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Новчић или token, нпр. BTC, USDT (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="77"/>
        <source>Asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Криптовалута</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="85"/>
        <source>Problem with asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са криптовалутом</translation>
    </message>
    <message>
        <source>Network &amp;name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Назив мреже:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Адреса:</translation>
    </message>
</context>
<context>
    <name>SubjectDocumentForm</name>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="11"/>
        <source>Document &amp;type:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В&amp;рста исправе:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="17"/>
        <source>Document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста исправе</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="25"/>
        <source>Problem with document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са врстом исправе</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="30"/>
        <source>N&amp;umber:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Број:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="36"/>
        <source>Document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број исправе</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="44"/>
        <source>Problem with document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са бројем исправе</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="49"/>
        <source>&amp;Issuing country:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Др&amp;жава издавања:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="55"/>
        <source>ISO or ICAO code, e.g. BGR</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO или ICAO код, нпр. BGR</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="56"/>
        <source>Issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава издавања</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="64"/>
        <source>Problem with issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са државом издавања</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="69"/>
        <source>Issued o&amp;n:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Издата:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="75"/>
        <location filename="../../ui/subject_editor_document.ui" line="95"/>
        <source>YYYY-MM-DD; empty if unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ГГГГ-ММ-ДД; празно ако није познато</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="76"/>
        <source>Issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум издавања</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="84"/>
        <source>Problem with issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са датумом издавања</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="89"/>
        <source>E&amp;xpires on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ис&amp;тиче:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="96"/>
        <source>Expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум истека</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="104"/>
        <source>Problem with expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са датумом истека</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="109"/>
        <source>&amp;Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="115"/>
        <source>Document status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус исправе</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="123"/>
        <source>Problem with document status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са статусом исправе</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="70"/>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="73"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="71"/>
        <source>Fact</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чињеница</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="72"/>
        <source>Assessment (a personal judgement)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Процена (лични суд)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="114"/>
        <source>{kind} (incomplete)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} (непотпуно)</translation>
    </message>
</context>
<context>
    <name>SubjectEditorForm</name>
    <message>
        <location filename="../../ui/subject_editor.ui" line="12"/>
        <source>Subject kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста субјекта</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="25"/>
        <source>Data-subject &amp;category:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Категорија лица на које се подаци односе:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="31"/>
        <source>Data-subject category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Категорија лица на које се подаци односе</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="39"/>
        <source>Problem with data-subject category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са категоријом лица на које се подаци односе</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="44"/>
        <source>&amp;Basis:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основ&amp;а:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="50"/>
        <source>Fact or assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чињеница или процена</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="58"/>
        <source>Problem with fact or assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са избором чињеница или процена</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="65"/>
        <source>Facts are kept apart from personal assessments: record each as what it is.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чињенице се држе одвојено од личних процена: сваки податак евидентирајте као оно што јесте.</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="66"/>
        <source>About fact and assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О чињеницама и проценама</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="71"/>
        <source>N&amp;otes:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напом&amp;ене:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="77"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напомене</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="86"/>
        <source>Problem with notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са напоменама</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="96"/>
        <source>Problem with this subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са овим субјектом</translation>
    </message>
</context>
<context>
    <name>SubjectHawalaForm</name>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="11"/>
        <source>B&amp;roker:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Посредник:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="17"/>
        <source>Name or nickname of the broker</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име или надимак посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="18"/>
        <source>Broker&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="26"/>
        <source>Problem with broker&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са именом посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="31"/>
        <source>&amp;Location:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Л&amp;окација:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="37"/>
        <source>Where the broker works, e.g. Istanbul, Aksaray</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Где посредник ради, нпр. Istanbul, Aksaray</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="38"/>
        <source>Broker&apos;s location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Локација посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="46"/>
        <source>Problem with broker&apos;s location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са локацијом посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="51"/>
        <source>&amp;Phone:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="57"/>
        <source>e.g. +905321234567 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. +905321234567 (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="58"/>
        <source>Broker&apos;s phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефон посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="66"/>
        <source>Problem with broker&apos;s phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са телефоном посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="71"/>
        <source>A&amp;mount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Износ:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="77"/>
        <source>e.g. 6000 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. 6000 (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="78"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="86"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са износом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="91"/>
        <source>C&amp;urrency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ва&amp;лута:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="97"/>
        <source>ISO 4217 code, e.g. USD, EUR</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO 4217 код, нпр. USD, EUR</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="98"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валута</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="106"/>
        <source>Problem with currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са валутом</translation>
    </message>
    <message>
        <source>Bro&amp;ker:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Посредник:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Износ:</translation>
    </message>
</context>
<context>
    <name>SubjectKinds</name>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="63"/>
        <source>must be a number of degrees, e.g. 44.8176</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити број степени, нпр. 44.8176</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="67"/>
        <source>must be between -{n} and {n} degrees</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити између -{n} и {n} степени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="74"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="98"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="161"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="217"/>
        <source>Unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Непознато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="99"/>
        <source>Female</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Женски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="100"/>
        <source>Male</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мушки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="101"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="131"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="154"/>
        <source>Other</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Друго</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="126"/>
        <source>Lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Камион</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="127"/>
        <source>Van</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Комби</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="128"/>
        <source>Car</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Путнички аутомобил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="129"/>
        <source>Bus</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Аутобус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="130"/>
        <source>Boat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пловило</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="150"/>
        <source>Passport</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пасош</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="151"/>
        <source>Identity card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лична карта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="152"/>
        <source>Visa</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Виза</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="153"/>
        <source>Residence permit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дозвола боравка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="162"/>
        <source>Genuine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исправна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="164"/>
        <source>False (forged or counterfeit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лажна (преиначена или фалсификована)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="167"/>
        <source>Stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Украдена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="168"/>
        <source>Stolen blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Украдени бланко образац</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="189"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Број телефона</translation>
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
        <translation>Адреса е-поште</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="192"/>
        <source>Messaging handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Корисничко име у апликацији за поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="218"/>
        <source>Road</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Друмски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="219"/>
        <source>Rail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Железнички</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="220"/>
        <source>Sea</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поморски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="221"/>
        <source>River</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Речни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="222"/>
        <source>Air</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ваздушни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="223"/>
        <source>On foot</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пешице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="224"/>
        <source>Mixed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Комбиновани</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="246"/>
        <source>Person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="253"/>
        <source>Organisation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Организација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="260"/>
        <source>Vehicle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Возило</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="267"/>
        <source>Travel document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Путна исправа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="274"/>
        <source>Phone or other identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефон или други идентификатор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="281"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Локација</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="288"/>
        <source>Route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Рута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="101"/>
        <source>None known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није познат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="117"/>
        <source>Bank account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Банковни рачун</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="119"/>
        <source>Payment card (last four digits)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Платна картица (последње четири цифре)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="122"/>
        <source>Money transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Новчана дознака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="124"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адреса крипто-имовине</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="127"/>
        <source>Hawala or other informal transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хавала или други неформални пренос</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="130"/>
        <source>Cash</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Готовина</translation>
    </message>
</context>
<context>
    <name>SubjectLocationForm</name>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="17"/>
        <source>Place name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив места</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="25"/>
        <source>Problem with place name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са називом места</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="30"/>
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Д&amp;ржава:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="36"/>
        <source>ISO code, e.g. BG</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, нпр. BG</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="37"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="45"/>
        <source>Problem with country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са државом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="50"/>
        <source>This is a border crossin&amp;g</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ово је &amp;гранични прелаз</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="76"/>
        <source>Longi&amp;tude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ге&amp;ографска дужина:</translation>
    </message>
    <message>
        <source>This is a &amp;border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Ово је &amp;гранични прелаз</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="51"/>
        <source>Border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Гранични прелаз</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="56"/>
        <source>&amp;Latitude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска &amp;ширина:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="62"/>
        <source>Degrees, e.g. 41.7314 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Степени, нпр. 41.7314 (необавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="63"/>
        <source>Latitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска ширина</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="71"/>
        <source>Problem with latitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са географском ширином</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Географска &amp;дужина:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="82"/>
        <source>Degrees, e.g. 26.3270 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Степени, нпр. 26.3270 (необавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="83"/>
        <source>Longitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска дужина</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="91"/>
        <source>Problem with longitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са географском дужином</translation>
    </message>
</context>
<context>
    <name>SubjectOrganisationForm</name>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="17"/>
        <source>Organisation name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив организације</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="25"/>
        <source>Problem with organisation name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са називом организације</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="30"/>
        <source>A&amp;liases:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;сеудоними:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="36"/>
        <source>One alias per line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Један псеудоним по реду</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="39"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Псеудоними</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="48"/>
        <source>Problem with aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са псеудонимима</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="53"/>
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Д&amp;ржава:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="59"/>
        <source>ISO code, e.g. RS</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, нпр. RS</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="60"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="68"/>
        <source>Problem with country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са државом</translation>
    </message>
</context>
<context>
    <name>SubjectPersonForm</name>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="11"/>
        <source>&amp;Surname:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Презиме:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="17"/>
        <source>Surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Презиме</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="25"/>
        <source>Problem with surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са презименом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="30"/>
        <source>&amp;Given names:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="36"/>
        <source>Given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="44"/>
        <source>Problem with given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са именом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="49"/>
        <source>A&amp;liases:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;сеудоними:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="55"/>
        <source>One alias per line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Један псеудоним по реду</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="58"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Псеудоними</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="67"/>
        <source>Problem with aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са псеудонимима</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="72"/>
        <source>&amp;Date of birth:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум &amp;рођења:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="78"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД; празно ако није познато</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="79"/>
        <source>Date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="87"/>
        <source>Problem with date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са датумом рођења</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="92"/>
        <source>&amp;Place of birth:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Место рођења:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="98"/>
        <source>Place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Место рођења</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="106"/>
        <source>Problem with place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са местом рођења</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="111"/>
        <source>Nationalit&amp;ies:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Др&amp;жављанства:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="117"/>
        <source>ISO codes separated by commas, e.g. RS, GB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO кодови одвојени зарезима, нпр. RS, GB</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="118"/>
        <source>Nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држављанства</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="126"/>
        <source>Problem with nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са држављанствима</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="131"/>
        <source>Se&amp;x:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;ол:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="137"/>
        <source>Sex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="145"/>
        <source>Problem with sex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са полом</translation>
    </message>
</context>
<context>
    <name>SubjectRouteForm</name>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="17"/>
        <source>Optional, e.g. Western Balkans route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Необавезно, нпр. западнобалканска рута</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="18"/>
        <source>Route name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Назив руте</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="26"/>
        <source>Problem with route name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са називом руте</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="31"/>
        <source>&amp;Mode:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На&amp;чин:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="37"/>
        <source>How the route is travelled</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Начин кретања рутом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="45"/>
        <source>Problem with how the route is travelled</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са начином кретања рутом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="50"/>
        <source>&amp;Waypoints:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Успутне &amp;тачке:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="56"/>
        <source>One place per line, in order (at least two)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Једно место по реду, редом (најмање два)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="57"/>
        <source>Waypoints</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Успутне тачке</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="66"/>
        <source>Problem with waypoints</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са успутним тачкама</translation>
    </message>
</context>
<context>
    <name>SubjectTransferForm</name>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="11"/>
        <source>&amp;Provider:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Пружалац услуге:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="17"/>
        <source>e.g. Western Union, MoneyGram, Ria</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. Western Union, MoneyGram, Ria</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="18"/>
        <source>Money-transfer provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пружалац услуге преноса новца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="26"/>
        <source>Problem with money-transfer provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са пружаоцем услуге преноса новца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="31"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ре&amp;ференца:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="37"/>
        <source>e.g. the 10-digit MTCN (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. MTCN од 10 цифара (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="38"/>
        <source>Transfer reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референца дознаке</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="46"/>
        <source>Problem with transfer reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са референцом дознаке</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="51"/>
        <source>A&amp;mount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Износ:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="57"/>
        <source>e.g. 2500 or 2500.50 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нпр. 2500 или 2500.50 (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="58"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="66"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са износом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="71"/>
        <source>C&amp;urrency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ва&amp;лута:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="77"/>
        <source>ISO 4217 code, e.g. EUR, GBP, RSD</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO 4217 код, нпр. EUR, GBP, RSD</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="78"/>
        <source>Currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валута</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="86"/>
        <source>Problem with currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са валутом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="91"/>
        <source>&amp;Date sent:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум &amp;слања:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="97"/>
        <source>YYYY-MM-DD (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>GGGG-MM-DD (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="98"/>
        <source>Date sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датум слања</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="106"/>
        <source>Problem with date sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са датумом слања</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="111"/>
        <source>&amp;Sender:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;ошиљалац:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="117"/>
        <source>Sender&apos;s name (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име пошиљаоца (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="118"/>
        <source>Sender&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име пошиљаоца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="126"/>
        <source>Problem with sender&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са именом пошиљаоца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="131"/>
        <source>Sender&apos;s coun&amp;try:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Др&amp;жава пошиљаоца:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="137"/>
        <source>ISO code, e.g. DE (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, нпр. DE (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="138"/>
        <source>Sender&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава пошиљаоца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="146"/>
        <source>Problem with sender&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са државом пошиљаоца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="151"/>
        <source>Rece&amp;iver:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;рималац:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="157"/>
        <source>Receiver&apos;s name (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име примаоца (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="158"/>
        <source>Receiver&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име примаоца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="166"/>
        <source>Problem with receiver&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са именом примаоца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="171"/>
        <source>Receiver&apos;s cou&amp;ntry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава при&amp;маоца:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="177"/>
        <source>ISO code, e.g. RS (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, нпр. RS (није обавезно)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="178"/>
        <source>Receiver&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава примаоца</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="186"/>
        <source>Problem with receiver&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са државом примаоца</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Износ:</translation>
    </message>
    <message>
        <source>Sender&apos;s c&amp;ountry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Држава пошиљаоца:</translation>
    </message>
    <message>
        <source>Rec&amp;eiver:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">П&amp;рималац:</translation>
    </message>
</context>
<context>
    <name>SubjectVehicleForm</name>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="11"/>
        <source>&amp;Vehicle kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вр&amp;ста возила:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="17"/>
        <source>Vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста возила</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="25"/>
        <source>Problem with vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са врстом возила</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="30"/>
        <source>&amp;Registration:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Регистарска ознака:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="36"/>
        <source>As on the plate, e.g. SU 123-AB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Као на таблици, нпр. SU 123-AB</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="37"/>
        <source>Registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистарска ознака</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="45"/>
        <source>Problem with registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са регистарском ознаком</translation>
    </message>
    <message>
        <source>Registration co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Држава регистрације:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="50"/>
        <source>Registration countr&amp;y:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Др&amp;жава регистрације:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="56"/>
        <source>ISO code, e.g. RS</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, нпр. RS</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="57"/>
        <source>Registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава регистрације</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="65"/>
        <source>Problem with registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са државом регистрације</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="70"/>
        <source>VIN or &amp;hull id:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN или &amp;број трупа:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="76"/>
        <source>VIN or hull id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN или број трупа</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="84"/>
        <source>Problem with vin or hull id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са VIN-ом или бројем трупа</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="89"/>
        <source>&amp;Make:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Марка:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="95"/>
        <source>Make</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Марка</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="103"/>
        <source>Problem with make</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са марком</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="108"/>
        <source>Mode&amp;l:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Моде&amp;л:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="114"/>
        <source>Model</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Модел</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="122"/>
        <source>Problem with model</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са моделом</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="127"/>
        <source>Colo&amp;ur:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Б&amp;оја:</translation>
    </message>
    <message>
        <source>Colou&amp;r:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Боја:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="133"/>
        <source>Colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Боја</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="141"/>
        <source>Problem with colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем са бојом</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Послато</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Receiving authority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Орган прималац</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Држава</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правни основ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образложење</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Data subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лица на која се подаци односе</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаци</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Службеник</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="151"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порука</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="165"/>
        <source>%n disclosure(s) in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n откривање у овом периоду.</numerusform>
            <numerusform>%n откривања у овом периоду.</numerusform>
            <numerusform>%n откривања у овом периоду.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="185"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="215"/>
        <source>queued %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>у реду од %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="179"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прослеђивање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="192"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="194"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="220"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="222"/>
        <source>not recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није забележено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="214"/>
        <source>%1 %2, sent %3 by %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2, послато %3, послао %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="217"/>
        <source>To: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="218"/>
        <source>Legal basis: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правни основ: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="221"/>
        <source>Justification: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Образложење: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="223"/>
        <source>Data subjects: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лица на која се подаци односе: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="224"/>
        <source>Data: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаци: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="233"/>
        <source>The transfer record from %1 to %2 (%n disclosure(s)) as a CSV file. The file is not encrypted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Евиденција преноса од %1 до %2 (%n откривање) као CSV датотека. Датотека није шифрована.</numerusform>
            <numerusform>Евиденција преноса од %1 до %2 (%n откривања) као CSV датотека. Датотека није шифрована.</numerusform>
            <numerusform>Евиденција преноса од %1 до %2 (%n откривања) као CSV датотека. Датотека није шифрована.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="241"/>
        <source>The whole audit log with the public key and hashes a third party needs to verify it (JSON Lines). The file is not encrypted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цео ревизијски дневник са јавним кључем и хешевима који су трећој страни потребни за проверу (JSON Lines). Датотека није шифрована.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="254"/>
        <source>Export as</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извези као</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="273"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="285"/>
        <source>Not exported</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Није извезено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="275"/>
        <source>%n disclosure(s) exported to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n откривање извезено у %1 (забележено у ревизијском дневнику).</numerusform>
            <numerusform>%n откривања извезена у %1 (забележено у ревизијском дневнику).</numerusform>
            <numerusform>%n откривања извезено у %1 (забележено у ревизијском дневнику).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="287"/>
        <source>%n audit entries exported to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n ревизијски запис извезен у %1 (забележено у ревизијском дневнику).</numerusform>
            <numerusform>%n ревизијска записа извезена у %1 (забележено у ревизијском дневнику).</numerusform>
            <numerusform>%n ревизијских записа извезено у %1 (забележено у ревизијском дневнику).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="13"/>
        <source>Every disclosure this device made: when, by whom, to which authority in which country, on what legal basis and why, and what kind of data (DPA 2018 s.62 and s.75(3)). Exports are recorded in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Свако откривање са овог уређаја: када, ко, ком органу у којој држави, по ком правном основу и зашто, и какви подаци (DPA 2018 s.62 и s.75(3)). Извози се бележе у ревизијском дневнику.</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="14"/>
        <source>About the transfer record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О евиденцији преноса</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="21"/>
        <source>&amp;From:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Од:</translation>
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
        <translation>Први дан периода</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="34"/>
        <source>&amp;To:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="42"/>
        <source>Last day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последњи дан периода</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="53"/>
        <source>&amp;Export as CSV…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Извези као CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="54"/>
        <source>Export the transfer record as CSV</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извези евиденцију преноса као CSV</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="59"/>
        <source>Export audit &amp;log…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извези ревизијски дневни&amp;к…</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="60"/>
        <source>The whole audit chain with the public key and hashes a third party needs to verify it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цео ревизијски ланац са јавним кључем и хешевима који су трећој страни потребни за проверу</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="61"/>
        <source>Export the audit log for verification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извези ревизијски дневник ради провере</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="70"/>
        <source>How many disclosures are listed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Колико је откривања наведено</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="75"/>
        <source>Disclosures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откривања</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="87"/>
        <source>The selected disclosure in full</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изабрано откривање у целини</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="181"/>
        <source>Carrier bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет за курира</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="108"/>
        <source>No disclosure from this device in this period. Every request, alert, reply, forward or case share you send is listed here: when, to which authority in which country, on what legal basis and why.</source>
        <extracomment>the shell gives this page the detail pane&apos;s width (its columns need it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>У овом периоду с овог уређаја није било откривања података. Овде се наводи сваки захтев, упозорење, одговор, прослеђивање или дељење предмета које пошаљете: када, ком органу у којој држави, на ком правном основу и зашто.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.ui" line="19"/>
        <source>Unlock Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откључај Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="33"/>
        <source>Security warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Безбедносно упозорење</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="38"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Приступна фраза:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="45"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приступна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="52"/>
        <source>Unlock error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Грешка при откључавању</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="70"/>
        <source>&amp;Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Откључај</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="72"/>
        <source>Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откључавање</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="34"/>
        <source>Liaison — Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Откључавање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="46"/>
        <source>Profile: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профил: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="69"/>
        <source>This computer keeps the keys under your passphrase only (no secure OS keystore). Anyone who copies the profile can try to guess it: use a long passphrase and tell IT if this computer is shared.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Овај рачунар чува кључеве заштићене само Вашом приступном фразом (без безбедног складишта кључева оперативног система). Свако ко копира профил може покушати да је погоди: користите дугу приступну фразу и обавестите ИТ службу ако овај рачунар користи више особа.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="86"/>
        <source>Type your passphrase.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Унесите приступну фразу.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="91"/>
        <source>Unlocking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откључавање…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="136"/>
        <source>You can try again now.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сада можете покушати поново.</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="59"/>
        <source>must not be empty</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не сме бити празно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="60"/>
        <source>must not be blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не сме бити само размак</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="49"/>
        <source>has leading or trailing whitespace</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>има размак на почетку или на крају</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="24"/>
        <source>write the IBAN in capitals without spaces</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите IBAN великим словима без размака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="25"/>
        <source>an IBAN is a country code, two check digits and up to 30 letters and digits (e.g. GB82WEST12345698765432)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN чине код државе, две контролне цифре и до 30 слова и цифара (нпр. GB82WEST12345698765432)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="28"/>
        <source>{country} does not use IBANs; give the national account number and bank code instead</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{country} не користи IBAN; упишите национални број рачуна и шифру банке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="30"/>
        <source>an IBAN from {country} has {length} characters; this one has {given}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN из {country} има {length} знакова; овај има {given}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="32"/>
        <source>the check digits do not match: a character is wrong or two are swapped</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>контролне цифре се не слажу: један знак је погрешан или су два замењена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="34"/>
        <source>a BIC (SWIFT code) is 8 or 11 capital letters and digits, e.g. DEUTDEFF or DEUTDEFF500</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC (SWIFT код) има 8 или 11 великих слова и цифара, нпр. DEUTDEFF или DEUTDEFF500</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="90"/>
        <source>may hold only letters, digits, spaces and . / -</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>сме да садржи само слова, цифре, размаке и . / -</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="91"/>
        <source>give the IBAN, or the national account number with its bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите IBAN или национални број рачуна са шифром банке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="93"/>
        <source>the IBAN is from {iban_country}, not {country}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN је из {iban_country}, а не из {country}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="94"/>
        <source>give the country of a national account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите државу националног броја рачуна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="125"/>
        <source>holds what looks like a full card number; record only the last four digits and the issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>садржи нешто што личи на цео број картице; упишите само последње четири цифре и издаваоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="95"/>
        <source>give only the last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите само последње четири цифре картице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="118"/>
        <source>give the currency (ISO 4217 code, e.g. EUR, GBP, RSD)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите валуту (ISO 4217 код, нпр. EUR, GBP, RSD)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="120"/>
        <source>is not an ISO 4217 currency code (e.g. EUR, GBP, RSD)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није ISO 4217 код валуте (нпр. EUR, GBP, RSD)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="127"/>
        <source>give the amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите износ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="122"/>
        <source>write the amount with digits and a decimal point only, e.g. 2500 or 2500.50</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите износ само цифрама и децималном тачком, нпр. 2500 или 2500.50</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="124"/>
        <source>is too large</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>је превелик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="128"/>
        <source>{currency} has {places} decimal places; this amount has {given}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{currency} има {places} децимална места; овај износ има {given}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="81"/>
        <source>give the address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите адресу</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="48"/>
        <source>holds {given} characters; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>има {given} знакова; ограничење је {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="82"/>
        <source>an address holds no spaces or special characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>адреса не садржи размаке ни посебне знакове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="72"/>
        <source>an Ethereum-style address is 0x and 40 hexadecimal digits (0-9, a-f)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>адреса типа Ethereum је 0x и 40 хексадецималних цифара (0-9, a-f)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="74"/>
        <source>the mix of capital and small letters does not match the address&apos;s EIP-55 checksum: a character is wrong; copy the address again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>распоред великих и малих слова не одговара EIP-55 контролном збиру адресе: један знак је погрешан; поново копирајте адресу</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="77"/>
        <source>the address&apos;s Base58Check checksum does not match: a character is wrong (capitals and small letters count)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Base58Check контролни збир адресе се не слаже: један знак је погрешан (велика и мала слова се разликују)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="80"/>
        <source>is not a {network} address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није адреса мреже {network}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="83"/>
        <source>write a Bech32 address in small letters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите Bech32 адресу малим словима</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="84"/>
        <source>the Bech32 checksum does not match: a character is wrong or missing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bech32 контролни збир се не слаже: један знак је погрешан или недостаје</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="96"/>
        <source>is only for a network not in the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>користи се само за мрежу која није на листи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="97"/>
        <source>a phone number is &apos;+&apos;, country code and number, digits only (E.164, e.g. +381641234567)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>број телефона чине &apos;+&apos;, позивни број државе и број, само цифре (E.164, нпр. +381641234567)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="99"/>
        <source>give the broker&apos;s name, location or phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>упишите име, локацију или телефон посредника</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="87"/>
        <source>must be the position of a person among this message&apos;s subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити редни број лица међу субјектима ове поруке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="19"/>
        <source>is not a setting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није подешавање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="20"/>
        <source>must be an https:// URL with a host name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити https:// адреса са именом рачунара</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="21"/>
        <source>must be an absolute file path</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити апсолутна путања до датотеке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="22"/>
        <source>must be lowercase letters, digits and &apos;-&apos;</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора садржати мала слова, цифре и &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="37"/>
        <source>must be a string</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити текст</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="38"/>
        <source>must be 1-{limit} ASCII letters and digits, with / . _ - inside (e.g. GB-NCA/2026/0042)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора имати 1-{limit} ASCII слова и цифара, са / . _ - унутар (нпр. GB-NCA/2026/0042)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="40"/>
        <source>must be a tuple</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити низ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="41"/>
        <source>holds more than {limit} references</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>садржи више од {limit} ознака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="42"/>
        <source>holds the same reference twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>садржи исту ознаку два пута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="43"/>
        <source>is before the case was opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>је пре отварања предмета</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="44"/>
        <source>must be an ExternalRef</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити спољна ознака (ExternalRef)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="45"/>
        <source>must be an array</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити листа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="47"/>
        <source>must be one of: {choices}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити једно од: {choices}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="50"/>
        <source>must be true or false</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити тачно или нетачно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="51"/>
        <source>must be an integer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити цео број</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="52"/>
        <source>must be between {minimum} and {maximum}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити између {minimum} и {maximum}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="53"/>
        <source>must be a tuple of strings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити низ текстова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="54"/>
        <source>must hold at least {minimum} item(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора садржати најмање {minimum} ставки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="55"/>
        <source>holds {given} items; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>садржи {given} ставки; ограничење је {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="56"/>
        <source>holds the same entry twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>садржи исту ставку два пута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="57"/>
        <source>must be an object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити објекат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="58"/>
        <source>is far too long</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>је превише дугачко</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="61"/>
        <source>contains a control character ({char})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>садржи контролни знак ({char})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="62"/>
        <source>contains a bidirectional control character ({char})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>садржи двосмерни контролни знак ({char})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="64"/>
        <source>is not a known field</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није познато поље</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="65"/>
        <source>is missing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>недостаје</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="67"/>
        <source>{code} is not an ISO 3166 country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{code} није ISO 3166 код земље</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="68"/>
        <source>must be an ISO 3166 country code like RS or SRB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити ISO 3166 код земље, нпр. RS или SRB</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="69"/>
        <source>{code} is not an ISO 3166 country code (the United Kingdom is GB or GBR)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{code} није ISO 3166 код земље (Уједињено Краљевство је GB или GBR)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="101"/>
        <source>grading is {grading} but handling is {handling}; one message uses one scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>процена је {grading}, а руковање {handling}; једна порука користи једну шему</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="103"/>
        <source>the conditions after the second &apos;:&apos; are empty</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>услови после друге &apos;:&apos; су празни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="104"/>
        <source>must be one of {choices} in {scheme}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити једно од {choices} у шеми {scheme}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="105"/>
        <source>handling code {code} needs conditions text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>код за руковање {code} захтева текст услова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="106"/>
        <source>only handling code {code} carries conditions text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>само код за руковање {code} носи текст услова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="107"/>
        <source>may be set only with UK handling code C (Europol H2 already forbids it)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>може се поставити само уз британски код за руковање C (Europol H2 то већ забрањује)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="110"/>
        <source>must be an aware datetime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити датум и време са временском зоном</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="111"/>
        <source>must be a message id (lowercase UUIDv7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити ознака поруке (UUIDv7 малим словима)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="112"/>
        <source>may hold only ASCII letters, digits and / . _ -</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>сме садржати само ASCII слова, цифре и / . _ -</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="113"/>
        <source>must be an InterpolNotice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити ИНТЕРПОЛ-ова потерница (InterpolNotice)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="114"/>
        <source>must be a tuple of message ids</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити низ ознака порука</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="115"/>
        <source>names a message twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>наводи поруку два пута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="116"/>
        <source>must be a Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити предмет (Case)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="131"/>
        <source>must be 32 lowercase base32 characters (a-z, 2-7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора имати 32 мала base32 знака (а-з, 2-7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="132"/>
        <source>officer {officer_id} does not belong to agency {agency_id}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>службеник {officer_id} не припада агенцији {agency_id}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="134"/>
        <source>must be an agency id like GB-NCA: two capital letters, &apos;-&apos;, capitals and digits, at most 64 characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити ознака агенције као ГБ-НЦА: два велика слова, &apos;-&apos;, велика слова и цифре, највише 64 знака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="137"/>
        <source>must be an officer id like gb-nca.lo-belgrade: the agency id in lower case, &apos;.&apos;, then lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, at most 64 characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити ознака службеника као gb-nca.lo-belgrade: ознака агенције малим словима, &apos;.&apos;, затим мала слова, цифре, &apos;-&apos; или &apos;_&apos;, највише 64 знака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="142"/>
        <source>must be YYYY, YYYY-MM or YYYY-MM-DD (or empty if unknown)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити YYYY, YYYY-ММ или YYYY-ММ-ДД (или празно ако је непознато)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="144"/>
        <source>is before 1880</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>је пре 1880.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="145"/>
        <source>an e-mail address holds at most {limit} characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>адреса е-поште има највише {limit} знакова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="146"/>
        <source>must be an e-mail address like name@example.org</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити адреса е-поште као name@example.org</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="147"/>
        <source>an e-mail address holds no spaces</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>адреса е-поште не садржи размаке</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="148"/>
        <source>the part after &apos;@&apos; must be a domain like example.org</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>део после &apos;@&apos; мора бити домен као example.org</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="150"/>
        <source>is not a real date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није стваран датум</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="151"/>
        <source>may hold only letters, digits and {allowed}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>сме садржати само слова, цифре и {allowed}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="152"/>
        <source>a person needs a surname, given names or an alias</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>за особу је потребно презиме, име или псеудоним</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="153"/>
        <source>names the same country twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>наводи исту земљу два пута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="154"/>
        <source>is before issued_on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>је пре датума издавања</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="155"/>
        <source>give both latitude and longitude, or neither</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>наведите и географску ширину и дужину, или ниједну</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="156"/>
        <source>a hull id is 12-17 capital letters and digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ознака трупа има 12-17 великих слова и цифара</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="157"/>
        <source>a VIN is 17 capital letters (not I, O or Q) and digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN има 17 великих слова (без I, O и Q) и цифара</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="159"/>
        <source>an IMEI is 15 digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IMEI има 15 цифара</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="160"/>
        <source>this IMEI fails its check digit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>овај IMEI не пролази проверу контролне цифре</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="162"/>
        <source>holds {given} subjects; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>садржи {given} субјеката; ограничење је {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="164"/>
        <source>must be a datetime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити датум и време</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="165"/>
        <source>must carry a time zone (naive datetimes are refused)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора имати временску зону (време без зоне се одбија)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="167"/>
        <source>must be whole seconds (the wire carries no fractions)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити у целим секундама (пренос не носи делове секунде)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="169"/>
        <source>must be an RFC 3339 UTC time like 2026-11-23T03:45:00Z</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити UTC време по RFC 3339, нпр. 2026-11-23T03:45:00Z</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="171"/>
        <source>must be a date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити датум</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="172"/>
        <source>must be a date like 2026-11-23</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити датум као 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="173"/>
        <source>is not a real date and time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није стваран датум и време</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="175"/>
        <source>choose at least one recipient agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изаберите бар једну агенцију примаоца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="178"/>
        <source>a forward must record its legal basis and the justification for sending it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>прослеђивање мора да наведе правни основ и оправдање за слање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="180"/>
        <source>a {kind} must record its legal basis and the justification for sending it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} мора да наведе правни основ и оправдање за слање</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="182"/>
        <source>agency {agency} is not in the directory; sync to refresh it, or check the agency id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>агенција {agency} није у именику; синхронизујте да га освежите или проверите ознаку агенције</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="184"/>
        <source>cash and assets seized need an amount and its currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>за заплењен новац и имовину потребни су износ и валута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="186"/>
        <source>is before {earliest}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>је пре {earliest}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="187"/>
        <source>is in the future</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>је у будућности</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="188"/>
        <source>is not a number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>није број</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="189"/>
        <source>must be 1 to 4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити од 1 до 4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="190"/>
        <source>must be a number such as 12500 or 12500.50 (digits, one decimal point, no separators)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити број као 12500 или 12500.50 (цифре, једна децимална тачка, без раздвајача)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="192"/>
        <source>must be a whole number from 1 to {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити цео број од 1 до {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="193"/>
        <source>must be an ISO 4217 currency code such as EUR, GBP, RSD or BGN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити ISO 4217 ознака валуте као EUR, GBP, RSD или BGN</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="195"/>
        <source>must be an Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити исход</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="196"/>
        <source>must be more than zero and at most {limit} minor units</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора бити веће од нуле и највише {limit} најмањих јединица</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="198"/>
        <source>must say why (a few words at least)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>мора да наведе зашто (бар неколико речи)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="199"/>
        <source>only cash and assets seized carry an amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>износ имају само заплењен новац и имовина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="200"/>
        <source>the period ends before it starts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>период се завршава пре него што почиње</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="201"/>
        <source>the period is longer than ten years</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>период је дужи од десет година</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="202"/>
        <source>unknown period {key}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>непознат период {key}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="203"/>
        <source>{currency} has {places} decimal place(s); {amount} has more</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{currency} има {places} децимал(а); {amount} има више</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="206"/>
        <source>agency {name} is not in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>агенција {name} није у вашем именику</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="207"/>
        <source>blob {blob_id} is carried twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>блок {blob_id} се носи двапут</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="208"/>
        <source>officer {name} is not in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>службеник {name} није у вашем именику</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="209"/>
        <source>{name} has no active device in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} нема активан уређај у вашем именику</translation>
    </message>
    <message>
        <source>agency {agency} is not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">агенција {agency} није у именику</translation>
    </message>
    <message>
        <source>agency {agency} has no enrolled device in your directory yet; sync to refresh the directory, then send again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">агенција {agency} још нема регистрован уређај у вашем именику; синхронизујте да бисте освежили именик, па пошаљите поново</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="176"/>
        <source>device {device_id} is not active in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>уређај {device_id} није активан у именику</translation>
    </message>
</context>
<context>
    <name>WizardEnrolForm</name>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="9"/>
        <source>Enrolment step</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Корак регистрације</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="16"/>
        <source>Enrolment progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ток регистрације</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="23"/>
        <source>Enrolment result</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат регистрације</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="31"/>
        <source>&amp;Try again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Покушај поново</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="37"/>
        <source>&amp;Enrol when connected</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Региструј при успостављању везе</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="38"/>
        <source>Keep the prepared profile and enrol automatically when the hub can be reached</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задржи припремљени профил и региструј се аутоматски када чвориште буде доступно</translation>
    </message>
</context>
<context>
    <name>WizardFileForm</name>
    <message>
        <location filename="../../ui/wizard_file.ui" line="8"/>
        <source>IT gave you a provisioning file (for example provisioning.json). It says which agency and officer this computer will speak for, and which hub it uses.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ИТ служба Вам је дала датотеку за доделу приступа (на пример provisioning.json). У њој пише у име које службе и ког службеника овај рачунар наступа и које чвориште користи.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="16"/>
        <source>Provisioning &amp;file:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Датотека за доделу приступа:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="22"/>
        <source>Provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Датотека за доделу приступа</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Прегледај…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="27"/>
        <source>B&amp;rowse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Прегледај…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="28"/>
        <source>Choose the provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите датотеку за доделу приступа</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="35"/>
        <source>This file enrols</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ова датотека региструје</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="37"/>
        <source>Agency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Служба:</translation>
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
        <translation>Службеник:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="41"/>
        <source>Hub:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чвориште:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="43"/>
        <source>Signature:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потпис:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="45"/>
        <source>Profile folder:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фасцикла профила:</translation>
    </message>
</context>
<context>
    <name>WizardPassphraseForm</name>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="8"/>
        <source>Choose a passphrase. It protects this computer&apos;s keys and the encrypted cache. Several unrelated words are easy to remember and hard to guess. Nobody, not even IT, can recover it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изаберите приступну фразу. Она штити кључеве овог рачунара и шифровану локалну базу. Неколико неповезаних речи лако се памти, а тешко погађа. Нико, па ни ИТ служба, не може да је поврати.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="14"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Приступна фраза:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="15"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приступна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="16"/>
        <source>&amp;Again:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По&amp;ново:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="17"/>
        <source>Passphrase again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поновљена приступна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="18"/>
        <source>Strength:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Јачина:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="19"/>
        <source>Passphrase strength</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Јачина приступне фразе</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="25"/>
        <source>Passphrase hint</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Савет за приступну фразу</translation>
    </message>
</context>
<context>
    <name>_DecisionDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="86"/>
        <source>case</source>
        <extracomment>what was done, in words, once accepted (the page shows it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>предмет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="87"/>
        <source>subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>субјект</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="87"/>
        <source>draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>нацрт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="86"/>
        <source>message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>поруку</translation>
    </message>
</context>
</TS>
