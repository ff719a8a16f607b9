<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en_GB">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="308"/>
        <source>Acknowledge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="313"/>
        <source>Only a message you received can be acknowledged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да се потвърди само съобщение, което сте получили.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeForm</name>
    <message>
        <location filename="../../ui/acknowledge.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оригинално съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="18"/>
        <source>&amp;Read: an officer has opened the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Прочетено: служител е отворил съобщението</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="20"/>
        <source>Read acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждение за прочитане</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="25"/>
        <source>&amp;Business: the message is being acted on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Действие: по съобщението се предприемат действия</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="26"/>
        <source>Business acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждение за предприети действия</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="34"/>
        <source>Problem with the acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с потвърждението</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="47"/>
        <location filename="../../ui/acknowledge.ui" line="49"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="54"/>
        <source>&amp;Sign and queue acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване &amp;и поставяне на потвърждението в опашката</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="56"/>
        <source>Sign and queue acknowledgement (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне на потвърждението в опашката (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge.ui" line="57"/>
        <source>Sign and queue acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне на потвърждението в опашката</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="159"/>
        <source>The draft could not be saved: %1</source>
        <extracomment>the draft kind this dialog is kept as (&quot;&quot; for none: an acknowledgement has no text)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Черновата не можа да бъде запазена: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="182"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="182"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигнал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="183"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="183"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="184"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="185"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Споделяне на случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="188"/>
        <source>from {agency} ({officer})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>от {agency} ({officer})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="192"/>
        <source>to {agencies}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>до {agencies}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="192"/>
        <source>single officers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отделни служители</translation>
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
        <translation> — случай {ref}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="224"/>
        <source>It could not be queued ({error}). It is still here and kept as a draft; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не можа да бъде поставено в опашката ({error}). Все още е тук и е запазено като чернова; опитайте отново и се обърнете към ИТ отдела, ако проблемът продължава.</translation>
    </message>
    <message>
        <source>It could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Не можа да бъде поставено в опашката ({error}). Нищо не е запазено; опитайте отново и се обърнете към ИТ отдела, ако проблемът продължава.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="476"/>
        <source>No handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма код за обработка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="477"/>
        <source>Handling code: {code}: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за обработка: {code}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="480"/>
        <source>Conditions: {conditions}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Условия: {conditions}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="483"/>
        <source>Not to be passed on without the provider&apos;s consent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да не се предава без съгласието на предоставящия информацията.</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="78"/>
        <source>Immediate alert from %1</source>
        <extracomment>the officer chose Open: message id of the alert to show</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Незабавен сигнал от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="79"/>
        <source>Urgent alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешен сигнал от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="86"/>
        <source>case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>случай %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/alert_banner.py" line="82"/>
        <source>+%n more</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>+%n още</numerusform>
            <numerusform>+%n още</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="192"/>
        <source>Lookout: watch for and report these subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издирване: наблюдавайте и докладвайте за тези обекти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="193"/>
        <source>Spontaneous information: shared without a request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спонтанна информация: предоставена без искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="195"/>
        <source>Warning: a threat or imminent crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение: заплаха или предстоящо преминаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="196"/>
        <source>No INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без бюлетин на INTERPOL</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="211"/>
        <source>No INTERPOL notice is referred to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не се посочва бюлетин на INTERPOL.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="214"/>
        <source>Notice asks for: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бюлетинът изисква: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="230"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изберете един елемент от списъка</translation>
    </message>
</context>
<context>
    <name>AttachmentExportForm</name>
    <message>
        <location filename="../../ui/attachment_export.ui" line="11"/>
        <source>What is being saved</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво се записва</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="16"/>
        <source>&amp;Why does this file leave Liaison? (recorded in the audit log as an export)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Защо този файл напуска Liaison? (записва се в одитния дневник като износ)</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="23"/>
        <source>Reason for saving the file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина за записване на файла</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_export.ui" line="24"/>
        <source>e.g. evidence bundle for case RS/UK 2026-14</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. пакет доказателства по дело RS/UK 2026-14</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="13"/>
        <source>JPEG photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>JPEG снимка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="14"/>
        <source>PNG image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PNG изображение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="15"/>
        <source>GIF image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>GIF изображение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="16"/>
        <source>TIFF scan</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>TIFF сканиране</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="17"/>
        <source>WebP image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>WebP изображение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="18"/>
        <source>Bitmap image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Bitmap изображение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="19"/>
        <source>HEIC photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>HEIC снимка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="20"/>
        <source>HEIF photo</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>HEIF снимка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachment_display.py" line="21"/>
        <source>AVIF image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>AVIF изображение</translation>
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
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
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
        <translation>Прикачване на файлове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="122"/>
        <source>%1 is not a file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 не е файл.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="127"/>
        <source>A message carries at most %1 attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението може да съдържа най-много %1 прикачени файла.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="145"/>
        <source>The clipboard holds no image or file to attach.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В клипборда няма изображение или файл за прикачване.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="200"/>
        <source>sent as taken (original kept)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изпраща се както е заснета (оригиналът е запазен)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="202"/>
        <source>will be removed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ще бъдат премахнати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="204"/>
        <source>none found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не са открити</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="206"/>
        <source>cannot be checked in this format: sent as it is</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не могат да се проверят в този формат: изпраща се както е</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="244"/>
        <source>%n attachment(s), %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n прикачен файл, %1</numerusform>
            <numerusform>%n прикачени файла, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/attachments_page.py" line="246"/>
        <source>No attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма прикачени файлове.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="128"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="129"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="189"/>
        <source>uploaded; kept here encrypted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>качено; пази се тук шифровано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="190"/>
        <source>encrypted here; uploaded at the next sync</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>шифровано тук; качва се при следващото синхронизиране</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="192"/>
        <source>at the hub: Download to fetch it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>на централния възел: „Изтегляне“, за да го получите</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="193"/>
        <source>downloading…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изтегля се…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="194"/>
        <source>here, encrypted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>тук, шифровано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="195"/>
        <source>refused: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отказано: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="225"/>
        <source>Location data was removed from this photo before it was sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Данните за местоположение са премахнати от тази снимка преди изпращането.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="228"/>
        <source>This attachment was refused and nothing of it was kept: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този прикачен файл е отказан и нищо от него не е запазено: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="274"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="279"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="288"/>
        <source>Cannot show the image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изображението не може да се покаже</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="280"/>
        <source>%1 is not an image this computer can display; use Save as….</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 не е изображение, което този компютър може да покаже; използвайте „Запис като…“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="299"/>
        <source>Cannot download</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтеглянето не е възможно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="316"/>
        <source>Save attachment as</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис на прикачения файл като</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="333"/>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="343"/>
        <source>Not saved</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е записано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="338"/>
        <source>Saved to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записано в %1 (отбелязано в одитния дневник).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="22"/>
        <source>Message %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщение %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="24"/>
        <source>Case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="26"/>
        <source>Subject %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="30"/>
        <source>Setting: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Настройка: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="32"/>
        <source>This profile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този профил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="34"/>
        <source>Enrolment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрация</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/audit.py" line="61"/>
        <location filename="../../liaison_app/gui/pages/audit.py" line="140"/>
        <source>Officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Служител</translation>
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
        <translation>Обосновка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="84"/>
        <source>Details of the selected entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности за избрания запис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="104"/>
        <source>The audit log is empty. Every unlock and lock, every message created, disclosed or received, every record opened with a justification, erased or kept longer is recorded here, signed and chained.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одитният журнал е празен. Тук се записва, подписано и свързано във верига, всяко отключване и заключване, всяко създадено, разкрито или получено съобщение, всеки запис, отворен с обосновка, изтрит или запазен по-дълго.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="110"/>
        <source>No entries of this kind. Choose “Every kind” to see the whole log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма записи от този вид. Изберете „Всички видове“, за да видите целия журнал.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="128"/>
        <source>Select an entry to see all it records.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете запис, за да видите всичко, което съдържа.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="137"/>
        <source>Entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="34"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обосновка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="35"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="36"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="37"/>
        <source>Hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централен възел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="38"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="39"/>
        <source>Retention</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съхранение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="40"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преглед на</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="41"/>
        <source>Value</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="42"/>
        <source>By</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="43"/>
        <source>Forwarded from</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препратено от</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="44"/>
        <source>Provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съгласие на предоставящия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="45"/>
        <source>Decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="46"/>
        <source>Directory version</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Версия на указателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="47"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получатели</translation>
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
        <translation>Този файл не е пакет на Liaison или е повреден.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="16"/>
        <source>This bundle was made by a newer version of Liaison. Ask IT to update this laptop.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е създаден от по-нова версия на Liaison. Помолете ИТ отдела да обнови този лаптоп.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="19"/>
        <source>This bundle is not addressed to you: it is for another officer or agency (or it is damaged).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет не е адресиран до Вас: предназначен е за друг служител или служба (или е повреден).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="22"/>
        <source>This bundle is damaged or was altered. Ask the sender for a new copy.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е повреден или променен. Поискайте от подателя ново копие.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="24"/>
        <source>This bundle is incomplete (cut short while copying?). Copy it again from the medium.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е непълен (прекъснат при копиране?). Копирайте го отново от носителя.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="27"/>
        <source>This bundle comes from a device your directory does not know. Sync once to refresh the directory, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет идва от устройство, което указателят Ви не познава. Синхронизирайте веднъж, за да обновите указателя, и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="30"/>
        <source>This bundle&apos;s signature does not verify: it is forged or altered. Do not use it and report it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписът на този пакет не е валиден: пакетът е подправен или променен. Не го използвайте и докладвайте.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="33"/>
        <source>This bundle comes from a device that has been revoked (lost or stolen?). It is refused; report it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет идва от устройство, което е отменено (изгубено или откраднато?). Отказан е; докладвайте.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="36"/>
        <source>This bundle has expired. Ask the sender for a new one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срокът на този пакет е изтекъл. Поискайте нов от подателя.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="38"/>
        <source>This bundle says it was made in the future. Check this laptop&apos;s date and time.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Според този пакет той е създаден в бъдещето. Проверете датата и часа на този лаптоп.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="41"/>
        <source>This bundle is for someone else. You may carry it: relay it to the hub from a connected device.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е предназначен за някой друг. Можете да го пренесете: препратете го към централния възел от устройство с връзка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="44"/>
        <source>This bundle&apos;s contents are not what its sender signed. It is refused; ask for a new copy.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съдържанието на този пакет не е това, което подателят е подписал. Отказан е; поискайте ново копие.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="49"/>
        <source>Sealing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запечатване…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="50"/>
        <source>Writing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записване…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="51"/>
        <source>Reading back…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка на записаното…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="52"/>
        <source>Checking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="53"/>
        <source>Storing…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съхраняване…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="54"/>
        <source>Relaying…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="72"/>
        <source>{0} Nothing was stored.
({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} Нищо не е запазено.
({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/texts.py" line="82"/>
        <source>{0} bytes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} байта</translation>
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
        <translation>Записва чакащото в опашката за избраните получатели в един запечатан файл, който колега или служебната поща може да пренесе. Могат да го отворят само устройствата на получателите (и, за препращане от устройство с връзка, колегите от Вашата служба); изгубен файл не разкрива нищо, дори кой на кого пише.</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="16"/>
        <source>&amp;For (tick agencies or single officers):</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;За (отметнете служби или отделни служители):</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="22"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="25"/>
        <source>Recipient</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получател</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="32"/>
        <source>&amp;File:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="40"/>
        <source>Bundle file to write</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл на пакета за записване</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="41"/>
        <source>e.g. on the USB stick</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. на USB паметта</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="46"/>
        <source>C&amp;hoose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="47"/>
        <source>Choose where to write the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете къде да се запише пакетът</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="54"/>
        <source>E&amp;xpires after:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изтича след:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="60"/>
        <source>Days until the bundle expires</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дни до изтичането на пакета</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="70"/>
        <source>What goes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво се изпраща</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="77"/>
        <source>Summary of the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обобщение на пакета</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="87"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напредък</translation>
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
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="110"/>
        <source>&amp;Export</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_export.ui" line="111"/>
        <source>Write the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записване на пакета</translation>
    </message>
</context>
<context>
    <name>CarrierImportForm</name>
    <message>
        <location filename="../../ui/carrier_import.ui" line="11"/>
        <source>Imports a bundle a carrier brought. It is checked whole before anything is stored: a damaged, expired or misaddressed bundle, or one from a revoked device, is refused.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Импортира пакет, донесен от куриер. Проверява се изцяло, преди нещо да бъде запазено: повреден, изтекъл или грешно адресиран пакет, както и пакет от отменено устройство, се отказва.</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="18"/>
        <source>&amp;File:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="26"/>
        <source>Bundle file to import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл на пакета за импортиране</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="31"/>
        <source>C&amp;hoose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="32"/>
        <source>Choose the bundle file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете файла на пакета</translation>
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
        <translation>Обобщение на пакета</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="57"/>
        <source>Also write the &amp;acknowledgement bundle to carry back</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записване и на пакета с &amp;потвърждение, който да се върне</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="59"/>
        <source>Write an acknowledgement bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записване на пакет с потвърждение</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="64"/>
        <source>Acknowledgement bundle file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл на пакета с потвърждение</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="70"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напредък</translation>
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
        <translation>Затваряне</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="93"/>
        <source>&amp;Relay to the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Препращане към централния възел</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="95"/>
        <source>Push the carried messages to the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпращане на пренесените съобщения към централния възел</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="100"/>
        <source>&amp;Import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_import.ui" line="102"/>
        <source>Import the bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Импортиране на пакета</translation>
    </message>
</context>
<context>
    <name>CaseExternalRefForm</name>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="11"/>
        <source>The same matter&apos;s reference in another system, written as that system writes it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номерът на същия случай в друга система, записан така, както го пише тази система.</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="16"/>
        <source>&amp;System:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Система:</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="17"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="18"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="19"/>
        <source>e.g. SIENA-2026-000123</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. SIENA-2026-000123</translation>
    </message>
    <message>
        <location filename="../../ui/case_external_ref.ui" line="19"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер</translation>
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
        <translation>Какво е постигнато със съвместните действия по този случай. Докладът за мониторинг на работната група го отчита към датата му.</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="16"/>
        <source>&amp;Outcome:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Резултат:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="17"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="18"/>
        <source>&amp;Date:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Дата:</translation>
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
        <translation>Дата на събитието</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="20"/>
        <source>&amp;How many:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Брой:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="21"/>
        <source>How many persons, vehicles or documents</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Колко лица, превозни средства или документи</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="22"/>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="25"/>
        <source>e.g. 12500.50</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. 12500.50</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="25"/>
        <source>Amount seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иззета сума</translation>
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
        <translation>Б&amp;ележка:</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="30"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележка</translation>
    </message>
    <message>
        <location filename="../../ui/case_outcome.ui" line="30"/>
        <source>Where, who acted, reference of the arrest or seizure record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Къде, кой е действал, номер на протокола за арест или изземване</translation>
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
        <translation>Изберете случай…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/case_page.py" line="34"/>
        <source>No cases in this profile yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В този профил все още няма случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/case_page.py" line="52"/>
        <source>choose a case, or choose No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изберете случай или изберете „Без случай“</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="60"/>
        <source>Case</source>
        <extracomment>a case is on screen (ref), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="125"/>
        <source>Cannot show the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаят не може да бъде показан</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="135"/>
        <source>Case %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="168"/>
        <source>seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>срещан в получени съобщения; все още няма местен запис за случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="191"/>
        <source>%1 of %2 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 от %2 съобщения (най-старите първо)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="194"/>
        <source>%1 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения: %1 (най-старите първо)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="200"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="200"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="208"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="234"/>
        <source>Case review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преглед на случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="236"/>
        <source>Reply owed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дължим отговор: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="237"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="237"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="246"/>
        <source>Nothing is due.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма задачи с настъпил срок.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="272"/>
        <source>Reopen case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отвори отново случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="272"/>
        <source>Close case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закрий случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="315"/>
        <source>Remove outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Премахни резултата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="316"/>
        <source>Why is this outcome removed? (audited)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защо се премахва този резултат? (записва се в одита)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="328"/>
        <source>Cannot remove the outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултатът не може да бъде премахнат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="342"/>
        <source>Cannot remove the reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номерът не може да бъде премахнат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="355"/>
        <source>Cannot change the case&apos;s status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статусът на случая не може да бъде променен</translation>
    </message>
</context>
<context>
    <name>CaseViewForm</name>
    <message>
        <location filename="../../ui/case_view.ui" line="11"/>
        <source>No case is open.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма отворен случай.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="11"/>
        <source>No case shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е показан случай</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="16"/>
        <source>Case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование на случая</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер на случая</translation>
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
        <translation>Статус на случая</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Crime area:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област на престъпността:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област на престъпността</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Review on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преглед на:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="17"/>
        <source>Review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на преглед</translation>
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
        <translation>Номера в други системи</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="29"/>
        <source>Timeline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>How many messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брой съобщения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Messages of the case, oldest first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения по случая, най-старите първо</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Direction</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посока</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
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
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="32"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резюме</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="38"/>
        <source>Due and overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>С настъпил и изтекъл срок</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>Due and overdue items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Елементи с настъпил или изтекъл срок</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="40"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="44"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Subjects of the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти по случая</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Role</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="46"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични данни</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="76"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="78"/>
        <source>Case notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележки по случая</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="20"/>
        <source>Close case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закрий случая</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="20"/>
        <source>Close or reopen the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закрий или отвори отново случая</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="21"/>
        <source>Ha&amp;nd-over file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досие за &amp;предаване…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="21"/>
        <source>Make the case&apos;s hand-over file (PDF)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изготви досието на случая за предаване (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="36"/>
        <source>Case details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности за случая</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="50"/>
        <source>Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Outcomes of the joint action on this case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати от съвместните действия по този случай</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Count</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брой</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележка</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="55"/>
        <source>Add &amp;outcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добави &amp;резултат…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="55"/>
        <source>Record an outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отбележи резултат</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="56"/>
        <source>Remove outcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Премахни резултата…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="56"/>
        <source>Remove the chosen outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Премахни избрания резултат</translation>
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
        <translation>Номера на този случай в други системи</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="65"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="65"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="68"/>
        <source>Add &amp;reference…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добави &amp;номер…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="68"/>
        <source>Add a reference in another system</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добави номер в друга система</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="69"/>
        <source>Remove reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Премахни номера</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="69"/>
        <source>Remove the chosen reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Премахни избрания номер</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="52"/>
        <source>≤ 1 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>≤ 1 ч</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="53"/>
        <source>1–8 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1–8 ч</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="54"/>
        <source>8–24 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>8–24 ч</translation>
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
        <translation>Без отговор, просрочени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="60"/>
        <source>Unanswered, within limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без отговор, в срок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="68"/>
        <source>Urgent, direct (8 h)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешно, пряко (8 ч)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="69"/>
        <source>Urgent, indirect (3 d)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешно, непряко (3 д)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="70"/>
        <source>Other (7 d)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Други (7 д)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="138"/>
        <source>Jan</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>яну</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="139"/>
        <source>Feb</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>фев</translation>
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
        <translation>май</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="143"/>
        <source>Jun</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>юни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="144"/>
        <source>Jul</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>юли</translation>
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
        <translation>ное</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="149"/>
        <source>Dec</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>дек</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="234"/>
        <source>Others</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Други</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="244"/>
        <source>No requests or alerts in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма запитвания и сигнали за този период.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="301"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма запитвания за този период.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/charts.py" line="356"/>
        <source>%1 limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>срок %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="40"/>
        <source>Watch list %1 (version %2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Списък за наблюдение %1 (версия %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="42"/>
        <source>Held on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съхранено на този компютър</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="77"/>
        <source>Check</source>
        <extracomment>a check ran: how many hits nothing to re-read when the cache changes (a check is run on demand)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="163"/>
        <source>Give the reason for this check first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Първо посочете причината за проверката</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="192"/>
        <source>The check could not run (%1). Nothing was recorded; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверката не можа да се изпълни (%1). Нищо не е записано; опитайте отново и се обърнете към ИТ, ако това се повтаря.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/check.py" line="204"/>
        <source>%n hit(s), best first (%1 ms, offline).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n съвпадение, най-доброто първо (%1 ms, офлайн).</numerusform>
            <numerusform>%n съвпадения, най-добрите първи (%1 ms, офлайн).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="207"/>
        <source>No hit in the watch lists or on this laptop (%1 ms, offline).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма съвпадения в списъците за наблюдение или на този компютър (%1 ms, офлайн).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="210"/>
        <source>MRZ read: %1, check digits valid, document %2.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>MRZ прочетена: %1, контролните цифри са верни, документ %2.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="213"/>
        <source>No watch list is held yet: only this laptop&apos;s records were checked; sync to fetch the lists.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още няма списък за наблюдение: проверени са само записите на този компютър; синхронизирайте, за да изтеглите списъците.</translation>
    </message>
    <message>
        <source>Check a person, vehicle, document or phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проверка на лице, превозно средство, документ или телефон</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="19"/>
        <source>Looks in the watch lists and in everything this laptop holds, offline, in Cyrillic and Latin. A check is a consultation of personal data: give the reason, which goes to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Търси в списъците за наблюдение и във всичко, което този компютър съхранява, офлайн, на кирилица и латиница. Проверката е справка с лични данни: посочете причината, която се записва в одитния журнал.</translation>
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
        <translation>Име, в произволен ред и на всяка азбука</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="33"/>
        <source>e.g. Петровић Драган or Dragan Petrovic</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. Петровић Драган или Dragan Petrovic</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="38"/>
        <source>&amp;Born:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Р&amp;оден:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="44"/>
        <source>Year or date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Година или дата на раждане</translation>
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
        <translation>Гр&amp;ажданство:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="57"/>
        <source>Nationality, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Гражданство, код на държава</translation>
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
        <translation>Ре&amp;г. номер:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="70"/>
        <source>Registration plate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрационен номер</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="71"/>
        <source>e.g. СА 1234 ВХ</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. СА 1234 ВХ</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="76"/>
        <source>&amp;Country:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <source>Country of the plate, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Държава на регистрацията, код на държава</translation>
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
        <translation>№ &amp;на документ:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="95"/>
        <source>Document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер на документ</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="100"/>
        <source>Ph&amp;one:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="106"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефонен номер</translation>
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
        <translation>Машинночитаема зона на паспорт или лична карта</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="157"/>
        <source>Paste or type the machine-readable zone (2 or 3 lines)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поставете или въведете машинночитаемата зона (2 или 3 реда)</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="164"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="170"/>
        <source>Reason for this check, written to the audit log</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина за проверката, записва се в одитния журнал</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="171"/>
        <source>e.g. driver at booth 3, lorry to Horgoš</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. шофьор на гише 3, камион за Хоргош</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="176"/>
        <source>Chec&amp;k</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;ровери</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="177"/>
        <source>Run the check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпълни проверката</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="187"/>
        <source>Result of the check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат от проверката</translation>
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
        <translation>Съвпадения, най-добрите първи; всяко изброява причините си</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="204"/>
        <source>Score</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="205"/>
        <source>Where</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Къде</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="206"/>
        <source>Entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="207"/>
        <source>Matched</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвпаднало</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="84"/>
        <source>From the address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По адреса</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="89"/>
        <source>Bitcoin, Litecoin, Tron and Ethereum-style addresses tell their network by their checksum; type the name of any other network (e.g. Monero).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адресите на Bitcoin, Litecoin, Tron и тези от типа Ethereum показват мрежата си чрез контролната сума; за всяка друга мрежа въведете името ѝ (напр. Monero).</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="11"/>
        <source>Check a person, vehicle, document, phone, account or wallet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка на лице, превозно средство, документ, телефон, сметка или портфейл</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="82"/>
        <source>Country of the plate or of a national account, a country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на регистрацията или на националната сметка, код на държава</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="112"/>
        <source>&amp;Account:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>С&amp;метка:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="118"/>
        <source>Bank account: an IBAN, or a national number with its bank code and the country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Банкова сметка: IBAN или национален номер с кода на банката и държавата</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="119"/>
        <source>IBAN, e.g. RS35 1050 0812 3123 1231 73</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN, напр. RS35 1050 0812 3123 1231 73</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="125"/>
        <source>&amp;Wallet:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Порт&amp;фейл:</translation>
    </message>
    <message>
        <location filename="../../ui/page_check.ui" line="131"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адрес на криптоактив</translation>
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
        <translation>Мрежа на адреса</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="117"/>
        <source>No hit in the watch lists or in your cache for this check.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма съвпадение в списъците за наблюдение или във вашия кеш за тази проверка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/check.py" line="118"/>
        <source>Type a name, a plate with its country, a document number, an MRZ or a phone number, and the reason for the check, then press Check. Hits from the partners&apos; watch lists and your own cache appear here, each with why it matches.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въведете име, регистрационен номер с държавата, номер на документ, MRZ или телефонен номер и причината за проверката, след това натиснете Проверка. Съвпаденията от списъците за наблюдение на партньорите и от вашия кеш се показват тук, всяко с причината за съвпадението.</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../liaison_app/gui/compose/_util.py" line="217"/>
        <source>choose one from the list</source>
        <extracomment>hide a field&apos;s error as soon as it is edited (forms checked when sent); a form that checks on every change (the subject editor) keeps its own errors fresh</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изберете един елемент от списъка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="494"/>
        <source>Not possible</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е възможно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="547"/>
        <source>This draft cannot be opened here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тази чернова не може да бъде отворена тук.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/__init__.py" line="63"/>
        <location filename="../../liaison_app/gui/compose/actions.py" line="547"/>
        <source>Draft not opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Черновата не е отворена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="68"/>
        <source>choose the legal basis for sending this data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изберете правното основание за изпращане на тези данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="71"/>
        <source>say why this data is sent (a few words at least)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>посочете защо се изпращат тези данни (поне няколко думи)</translation>
    </message>
</context>
<context>
    <name>ComposeAlertForm</name>
    <message>
        <location filename="../../ui/compose_alert.ui" line="11"/>
        <source>Alert &amp;kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Вид сигнал:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="17"/>
        <source>Alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид сигнал</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="25"/>
        <source>Problem with alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с вида сигнал</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="30"/>
        <source>&amp;Action requested:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Искано действие:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="36"/>
        <source>What partners should do (leave empty for information only)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво да предприемат партньорите (оставете празно, ако е само за информация)</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="37"/>
        <source>Action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искано действие</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="46"/>
        <source>Problem with action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с исканото действие</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="51"/>
        <source>&amp;Valid until:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валидно &amp;до:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="52"/>
        <source>Alert has an end</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигналът има краен срок</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="59"/>
        <source>Valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валидно до</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="67"/>
        <source>Problem with valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със срока на валидност</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="72"/>
        <source>INTERPOL &amp;notice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Бюлетин на INTERPOL:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="78"/>
        <source>INTERPOL notice colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цвят на бюлетина на INTERPOL</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="86"/>
        <source>Problem with interpol notice colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с цвета на бюлетина на INTERPOL</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="93"/>
        <source>INTERPOL notice meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значение на бюлетина на INTERPOL</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="98"/>
        <source>Notice &amp;reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Номер на бюлетина:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="105"/>
        <source>e.g. A-1234/5-2026</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. A-1234/5-2026</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="106"/>
        <source>INTERPOL notice reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер на бюлетина на INTERPOL</translation>
    </message>
    <message>
        <location filename="../../ui/compose_alert.ui" line="114"/>
        <source>Problem with interpol notice reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с номера на бюлетина на INTERPOL</translation>
    </message>
</context>
<context>
    <name>ComposeAttachmentsForm</name>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="13"/>
        <source>Photos of documents and vehicles, scans, PDFs: up to 50 MiB each, encrypted before they leave this computer. Drag files here or paste an image (Ctrl+V). Photos are sent without their location data unless you tick &quot;Keep original&quot; (evidence).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Снимки на документи и превозни средства, сканирания, PDF файлове: до 50 MiB всеки, шифровани, преди да напуснат този компютър. Плъзнете файлове тук или поставете изображение (Ctrl+V). Снимките се изпращат без данни за местоположение, освен ако отметнете „Запази оригинала“ (доказателство).</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="14"/>
        <source>About attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За прикачените файлове</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="19"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="25"/>
        <source>File</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="26"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="27"/>
        <source>Size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="28"/>
        <source>Keep original</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запази оригинала</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="29"/>
        <source>Location data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Данни за местоположение</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="35"/>
        <source>Attachments in total</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Общо прикачени файлове</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="42"/>
        <source>&amp;Add files…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Добавяне на файлове…</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="43"/>
        <source>Add files</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добавяне на файлове</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="49"/>
        <source>&amp;Paste image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поставяне &amp;на изображение</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="50"/>
        <source>Paste an image from the clipboard</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поставяне на изображение от клипборда</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="56"/>
        <source>&amp;Remove</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Премахване</translation>
    </message>
    <message>
        <location filename="../../ui/compose_attachments.ui" line="57"/>
        <source>Remove the selected attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Премахване на избраните прикачени файлове</translation>
    </message>
</context>
<context>
    <name>ComposeCaseForm</name>
    <message>
        <location filename="../../ui/compose_case.ui" line="11"/>
        <source>&amp;No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Без случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="13"/>
        <source>No case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="18"/>
        <source>&amp;Existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Съществуващ случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="19"/>
        <location filename="../../ui/compose_case.ui" line="31"/>
        <source>Existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съществуващ случай</translation>
    </message>
    <message>
        <source>Cas&amp;e:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Слу&amp;чай:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="24"/>
        <source>Ca&amp;se:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Слу&amp;чай:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="39"/>
        <source>Problem with existing case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със съществуващия случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="44"/>
        <source>Ne&amp;w case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Но&amp;в случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="45"/>
        <source>New case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нов случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="50"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="57"/>
        <source>e.g. GB-NCA/2026/0042</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. GB-NCA/2026/0042</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="58"/>
        <source>New case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер на новия случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="66"/>
        <source>Problem with new case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с номера на новия случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="71"/>
        <source>&amp;Title:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На&amp;именование:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="78"/>
        <source>New case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование на новия случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="86"/>
        <source>Problem with new case title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с наименованието на новия случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="91"/>
        <source>Crime &amp;area:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Област на престъпността:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="98"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област на престъпността</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="106"/>
        <source>Problem with crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с областта на престъпността</translation>
    </message>
    <message>
        <location filename="../../ui/compose_case.ui" line="112"/>
        <source>Linking a case keeps the message, its subjects and the replies together in the case view.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Свързването със случай държи съобщението, неговите обекти и отговорите заедно в изгледа на случая.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="83"/>
        <source>Compose request</source>
        <extracomment>the cross-check warning while it is open (tests answer it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съставяне на искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="83"/>
        <source>Raise alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаване на сигнал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="96"/>
        <source>A request for information to partner agencies. The reply is due within the time limit of its urgency class.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искане за информация до партньорските служби. Отговорът се дължи в срока, определен за степента на спешност.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="98"/>
        <source>A law-enforcement alert to partner agencies: a lookout, spontaneous information or a warning.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Полицейски сигнал до партньорските служби: издирване, спонтанна информация или предупреждение.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="114"/>
        <source>Request details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности за искането</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="115"/>
        <source>Alert details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности за сигнала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="116"/>
        <source>Case and reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай и основание</translation>
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
        <translation>Не са прикачени отново (преместени, изтрити или поставено изображение, твърде голямо за чернова): %1. Прикачете ги отново, ако са нужни.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="244"/>
        <source>The draft could not be saved: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Черновата не можа да бъде запазена: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="366"/>
        <source>Attachments (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачени файлове (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="367"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="399"/>
        <source>The profile was locked before the message was queued. Unlock and open it from Drafts.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профилът беше заключен, преди съобщението да бъде поставено в опашката. Отключете го и отворете съобщението от Чернови.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="472"/>
        <source>The message could not be queued ({error}). It is still here and kept as a draft; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението не можа да бъде поставено в опашката ({error}). Все още е тук и е запазено като чернова; опитайте отново и се обърнете към ИТ отдела, ако проблемът продължава.</translation>
    </message>
    <message>
        <source>Request &amp;details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Подробности за искането</translation>
    </message>
    <message>
        <source>Alert &amp;details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Подробности за сигнала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="340"/>
        <source>The message was not queued: correct the fields marked in red.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението не е поставено в опашката: коригирайте полетата, отбелязани в червено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="398"/>
        <source>Profile locked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профилът е заключен</translation>
    </message>
    <message>
        <source>The profile was locked before the message was queued. Unlock and compose it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Профилът беше заключен, преди съобщението да бъде поставено в опашката. Отключете го и съставете съобщението отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="467"/>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="471"/>
        <source>Message not queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението не е поставено в опашката</translation>
    </message>
    <message>
        <source>The message could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Съобщението не можа да бъде поставено в опашката ({error}). Нищо не е запазено; опитайте отново и се обърнете към ИТ отдела, ако проблемът продължава.</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">При&amp;качени файлове (%1)</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">При&amp;качени файлове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="381"/>
        <source>Encrypting the attachments…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифроване на прикачените файлове…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="443"/>
        <source>The attachments could not be encrypted ({error}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачените файлове не можаха да бъдат шифровани ({error}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="489"/>
        <source>Queued: waiting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката: чака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="490"/>
        <source>The message is signed and queued. It is sealed and sent at the first sync after the partner&apos;s officer enrols ({reason}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението е подписано и поставено в опашката. Ще бъде запечатано и изпратено при първата синхронизация, след като служителят на партньора се регистрира ({reason}).</translation>
    </message>
    <message>
        <source>&amp;Case and reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Случай и основание</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <location filename="../../ui/compose.ui" line="13"/>
        <source>About this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За това съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="19"/>
        <source>Compose sections</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Раздели на съобщението</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Съобщение</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">П&amp;одробности</translation>
    </message>
    <message>
        <source>&amp;Grading and handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Оценка и обработка</translation>
    </message>
    <message>
        <source>S&amp;ubjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">О&amp;бекти</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Слу&amp;чай</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="21"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="26"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="31"/>
        <source>Grading and handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка и обработка</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="36"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="41"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="46"/>
        <source>Attachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="57"/>
        <source>Problem with the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със съобщението</translation>
    </message>
    <message>
        <source>Sign and queue works offline: the message is sealed now and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">„Подписване и поставяне в опашката“ работи и без връзка: съобщението се запечатва сега и се изпраща при следващата синхронизация.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="76"/>
        <location filename="../../ui/compose.ui" line="78"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="83"/>
        <source>Sign and &amp;queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписв&amp;ане и поставяне в опашката</translation>
    </message>
    <message>
        <source>&amp;Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Подписване и поставяне в опашката</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="84"/>
        <source>Sign, encrypt and queue for sending (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване, шифроване и поставяне в опашката за изпращане (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="86"/>
        <source>Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне в опашката</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">При&amp;качени файлове</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="65"/>
        <source>Sign and queue works offline: the message is signed now, then sealed for the partner devices listed at the next sync and sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписването и поставянето в опашката работи и без връзка: съобщението се подписва сега, а при следващата синхронизация се запечатва за устройствата на партньора, вписани в указателя, и се изпраща.</translation>
    </message>
</context>
<context>
    <name>ComposeGradingForm</name>
    <message>
        <location filename="../../ui/compose_grading.ui" line="11"/>
        <source>Grading &amp;scheme:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Схема за оценка:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="17"/>
        <source>Grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Схема за оценка</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="25"/>
        <source>Problem with grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със схемата за оценка</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="32"/>
        <source>The scheme is stored with the codes. Codes are never converted between schemes.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Схемата се съхранява заедно с кодовете. Кодовете никога не се преобразуват от една схема в друга.</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="33"/>
        <source>About grading schemes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За схемите за оценка</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="38"/>
        <source>&amp;Source evaluation:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка на &amp;източника:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="44"/>
        <source>Source grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка на източника</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="52"/>
        <source>Problem with source grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с оценката на източника</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="59"/>
        <source>Source grade meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значение на оценката на източника</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="64"/>
        <source>&amp;Intelligence assessment:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка на &amp;информацията:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="70"/>
        <source>Information grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка на информацията</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="78"/>
        <source>Problem with information grade</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с оценката на информацията</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="85"/>
        <source>Information grade meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значение на оценката на информацията</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="90"/>
        <source>&amp;Handling code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Код за обработка:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="96"/>
        <source>Handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за обработка</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="104"/>
        <source>Problem with handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с кода за обработка</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="111"/>
        <source>Handling code meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значение на кода за обработка</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="116"/>
        <source>C&amp;onditions:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Условия:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="122"/>
        <source>The provider&apos;s conditions; they travel with the data and bind the recipient</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Условията на предоставящия информацията; те придружават данните и обвързват получателя</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="123"/>
        <source>Handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Условия за обработка</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="132"/>
        <source>Problem with handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с условията за обработка</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="137"/>
        <source>&amp;Not to be passed on without the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Да не се предава без съгласието на предоставящия информацията</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="138"/>
        <source>Not to be passed on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да не се предава</translation>
    </message>
    <message>
        <location filename="../../ui/compose_grading.ui" line="146"/>
        <source>Problem with not to be passed on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със забраната за предаване</translation>
    </message>
</context>
<context>
    <name>ComposeMessageForm</name>
    <message>
        <location filename="../../ui/compose_message.ui" line="11"/>
        <source>&amp;Recipients:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Получатели:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="20"/>
        <source>Recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="28"/>
        <source>Problem with recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с получателите</translation>
    </message>
    <message>
        <source>Tick an agency to address all its officers, or open it and tick single officers. Only agencies with a device in your directory are listed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Отметнете служба, за да адресирате всички нейни служители, или я отворете и отметнете отделни служители. Показани са само службите с устройство във Вашия указател.</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="36"/>
        <source>Recipient help</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Помощ за получателите</translation>
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
        <translation>Проблем с приоритета</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="60"/>
        <source>&amp;Urgency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Спешност:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="66"/>
        <source>Urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Степен на спешност</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="74"/>
        <source>Problem with urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със степента на спешност</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="79"/>
        <source>Reply due:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок за отговор:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="86"/>
        <source>Reply due date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на срока за отговор</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="91"/>
        <source>Message &amp;text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Текст на съобщението:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="97"/>
        <source>Message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст на съобщението</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="106"/>
        <source>Problem with message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с текста на съобщението</translation>
    </message>
    <message>
        <location filename="../../ui/compose_message.ui" line="35"/>
        <source>Tick an agency to address all its officers, or open it and tick single officers. An agency with no device yet can be addressed too: the message waits for its directory entry.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отметнете агенция, за да се обърнете към всички нейни служители, или я отворете и отметнете отделни служители. Можете да се обърнете и към агенция, която още няма устройство: съобщението чака вписването ѝ в указателя.</translation>
    </message>
</context>
<context>
    <name>ComposeRequestForm</name>
    <message>
        <location filename="../../ui/compose_request.ui" line="11"/>
        <source>P&amp;urpose:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Цел:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="17"/>
        <source>Why the information is needed (the investigation or operation)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защо е необходима информацията (разследването или операцията)</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="18"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="27"/>
        <source>Problem with purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с целта</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="32"/>
        <source>&amp;Information requested:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Искана информация:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="38"/>
        <source>Exactly what you ask the partner to provide</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво точно искате партньорът да предостави</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="39"/>
        <source>Information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искана информация</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="48"/>
        <source>Problem with information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с исканата информация</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="53"/>
        <source>G&amp;rounds:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Основания:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="59"/>
        <source>The facts that justify the request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фактите, които обосновават искането</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="60"/>
        <source>Grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основания</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="69"/>
        <source>Problem with grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с основанията</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="74"/>
        <source>The reply is sought for use as &amp;evidence in judicial proceedings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговорът се иска за използване като &amp;доказателство в съдебно производство</translation>
    </message>
    <message>
        <location filename="../../ui/compose_request.ui" line="75"/>
        <source>Evidence use sought</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иска се използване като доказателство</translation>
    </message>
</context>
<context>
    <name>ComposeSubjectsForm</name>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="13"/>
        <source>&amp;Kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="19"/>
        <source>Kind of subject to add</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид на обекта за добавяне</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="24"/>
        <source>&amp;Add subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добав&amp;яне на обект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="26"/>
        <source>Add subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добавяне на обект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="31"/>
        <source>R&amp;emove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;ремахване на обект</translation>
    </message>
    <message>
        <source>&amp;Remove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">П&amp;ремахване на обект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="34"/>
        <source>Remove subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Премахване на обект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="51"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="56"/>
        <source>Subject editor</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Редактиране на обект</translation>
    </message>
    <message>
        <location filename="../../ui/compose_subjects.ui" line="62"/>
        <source>No subjects yet. Choose a kind and press Add subject: a person, organisation, vehicle, travel document, phone or other identifier, location or route.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още няма обекти. Изберете вид и натиснете „Добавяне на обект“: лице, организация, превозно средство, документ за пътуване, телефон или друг идентификатор, местоположение или маршрут.</translation>
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
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="193"/>
        <source>1 day %1 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1 ден %1 ч</translation>
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
        <translation>срок след %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="209"/>
        <source>overdue by %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>просрочено с %1</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="46"/>
        <source>Name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование</translation>
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
        <translation> (Вие)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="74"/>
        <source>This device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това устройство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="76"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="100"/>
        <source>No directory yet: sync to fetch it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още няма указател: синхронизирайте, за да го изтеглите.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="102"/>
        <source>Directory version %1, valid until %2, fetched %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Версия на указателя %1, валидна до %2, изтеглена на %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/directory.py" line="108"/>
        <source>expired: sync to refresh it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изтекъл: синхронизирайте, за да го обновите</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/page_directory.ui" line="13"/>
        <source>Directory version and validity</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Версия и валидност на указателя</translation>
    </message>
    <message>
        <location filename="../../ui/page_directory.ui" line="18"/>
        <source>Agencies, officers and devices</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Служби, служители и устройства</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/directory.py" line="36"/>
        <source>No directory yet. The signed directory of partner agencies, their officers and devices arrives with enrolment and is refreshed at every sync.</source>
        <extracomment>the model re-reads itself on ctx.data_changed (coalesced, and when shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още няма указател. Подписаният указател на партньорските агенции, техните служители и устройства пристига с регистрацията и се обновява при всяка синхронизация.</translation>
    </message>
</context>
<context>
    <name>DisclosureReasonForm</name>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="13"/>
        <source>Why the data is sent (recorded with the disclosure)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защо се изпращат данните (записва се с предаването)</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="16"/>
        <source>Why the data is sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защо се изпращат данните</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="21"/>
        <source>Legal &amp;basis:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правно основани&amp;е:</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="27"/>
        <source>Legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правно основание</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="37"/>
        <source>Problem with legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с правното основание</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="42"/>
        <source>&amp;Justification:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обоснов&amp;ка:</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="48"/>
        <source>Why this partner needs this data, in a few words</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защо този партньор се нуждае от тези данни, с няколко думи</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="49"/>
        <source>Justification for sending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обосновка на изпращането</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_reason.ui" line="58"/>
        <source>Problem with justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с обосновката</translation>
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
        <translation>Оценка на източника</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="17"/>
        <source>Source reliability</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Надеждност на източника</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="18"/>
        <source>Intelligence assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка на информацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="19"/>
        <source>Information accuracy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Точност на информацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="20"/>
        <source>reliable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>надежден</translation>
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
        <translation>ненадежден</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="23"/>
        <source>no doubt about authenticity, trustworthiness and competence, or reliable in all instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>няма съмнение в автентичността, надеждността и компетентността или надежден във всички случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="25"/>
        <source>reliable in most instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>надежден в повечето случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="26"/>
        <source>unreliable in most instances</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ненадежден в повечето случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="27"/>
        <source>cannot be assessed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не може да бъде оценен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="28"/>
        <source>known directly to the source</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>пряко известна на източника</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="29"/>
        <source>known indirectly to the source but corroborated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>косвено известна на източника, но потвърдена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="30"/>
        <source>known indirectly to the source</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>косвено известна на източника</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="31"/>
        <source>not known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е известна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="32"/>
        <source>suspected to be false or malicious</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>подозира се, че е невярна или злонамерена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="33"/>
        <source>not in doubt</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>без съмнение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="34"/>
        <source>known personally to the source but not to the official passing it on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>лично известна на източника, но не и на длъжностното лице, което я предава</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="36"/>
        <source>not known personally to the source but corroborated by information already recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е лично известна на източника, но е потвърдена от вече записана информация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="38"/>
        <source>not known personally to the source and cannot be corroborated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е лично известна на източника и не може да бъде потвърдена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="40"/>
        <source>lawful sharing permitted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>законосъобразното споделяне е разрешено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="41"/>
        <source>lawful sharing permitted subject to conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>законосъобразното споделяне е разрешено при условия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="42"/>
        <source>use only to prevent and combat crime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>да се използва само за предотвратяване и борба с престъпността</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="43"/>
        <source>not to be used as evidence in judicial proceedings without the provider&apos;s permission</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>да не се използва като доказателство в съдебно производство без разрешението на предоставящия информацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="45"/>
        <source>not to be passed on without the provider&apos;s permission</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>да не се предава без разрешението на предоставящия информацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="46"/>
        <source>other restrictions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>други ограничения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="48"/>
        <source>Urgent, information directly available (8 hours)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешно, информацията е пряко достъпна (8 часа)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="49"/>
        <source>Urgent, information indirectly available (3 calendar days)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешно, информацията е косвено достъпна (3 календарни дни)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="50"/>
        <source>Any other request (7 calendar days)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всяко друго искане (7 календарни дни)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="51"/>
        <source>Red: locate and arrest pending extradition</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Червен: издирване и задържане с цел екстрадиция</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="52"/>
        <source>Blue: more information on identity, location or activities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Син: допълнителна информация за самоличност, местонахождение или дейности</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="53"/>
        <source>Green: warning about criminal activity</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зелен: предупреждение за престъпна дейност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="54"/>
        <source>Yellow: missing person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Жълт: изчезнало лице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="55"/>
        <source>Black: unidentified body</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Черен: неидентифициран труп</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="56"/>
        <source>Orange: imminent threat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оранжев: непосредствена заплаха</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="57"/>
        <source>Purple: modus operandi, objects, concealment methods</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лилав: начин на действие, предмети, методи за укриване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="58"/>
        <source>INTERPOL–UN Security Council Special Notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Специален бюлетин INTERPOL – Съвет за сигурност на ООН</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="59"/>
        <source>Silver: criminal assets (pilot)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сребърен: имущество от престъпна дейност (пилотен)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="61"/>
        <source>Migrant smuggling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Контрабанда на мигранти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="62"/>
        <source>Trafficking in human beings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Трафик на хора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="63"/>
        <source>Document fraud</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Документни измами</translation>
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
        <translation>Национална система</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="82"/>
        <source>Suspect</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заподозрян</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="83"/>
        <source>Convicted person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Осъдено лице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="84"/>
        <source>Victim</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Жертва</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="85"/>
        <source>Witness</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Свидетел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="86"/>
        <source>Contact or associate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Контакт или съучастник</translation>
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
        <translation>Издирване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="91"/>
        <source>Spontaneous information</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спонтанна информация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="92"/>
        <source>Warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="93"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="94"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Частично предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="95"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="96"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поискано е уточнение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="97"/>
        <source>Technical (arrived)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Техническо (получено)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="98"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прочетено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="99"/>
        <source>Business (being acted on)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предприемат се действия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="100"/>
        <source>Rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Коригиране</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="101"/>
        <source>Withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
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
        <translation>Мъжки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="105"/>
        <source>Unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="47"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="107"/>
        <source>Lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Товарен автомобил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="48"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="108"/>
        <source>Van</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="49"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="109"/>
        <source>Car</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лек автомобил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="50"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="110"/>
        <source>Bus</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Автобус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="51"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="111"/>
        <source>Boat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Плавателен съд</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="53"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="112"/>
        <source>Passport</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Паспорт</translation>
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
        <translation>Разрешение за пребиваване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="116"/>
        <source>Genuine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Истински</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="117"/>
        <source>False (forged or counterfeit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неистински (подправен или преправен)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="118"/>
        <source>Stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откраднат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="119"/>
        <source>Stolen blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откраднат бланков образец</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="120"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефонен номер</translation>
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
        <translation>Адрес на електронна поща</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="123"/>
        <source>Messaging handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потребителско име в приложение за съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="124"/>
        <source>Road</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Автомобилен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="125"/>
        <source>Rail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Железопътен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="126"/>
        <source>Sea</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Морски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="127"/>
        <source>River</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Речен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="128"/>
        <source>Air</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въздушен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="129"/>
        <source>On foot</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пеша</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="130"/>
        <source>Mixed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Комбиниран</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="132"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="133"/>
        <source>Information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искана информация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="134"/>
        <source>Grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основания</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="135"/>
        <source>Urgency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="136"/>
        <source>Evidence use sought</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иска се използване като доказателство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="137"/>
        <source>Alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид сигнал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="138"/>
        <source>Action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искано действие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="139"/>
        <source>Valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валидно до</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="140"/>
        <source>INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бюлетин на INTERPOL</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="141"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="142"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="143"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="144"/>
        <source>Of message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="145"/>
        <source>Action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="146"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="147"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="148"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област на престъпността</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="150"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Псевдоними</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="151"/>
        <source>Colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цвят</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="152"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="153"/>
        <source>Date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="154"/>
        <source>Document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид документ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="155"/>
        <source>Expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на изтичане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="156"/>
        <source>Given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="157"/>
        <source>Identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид идентификатор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="158"/>
        <source>Is border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Граничен пункт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="159"/>
        <source>Issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на издаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="160"/>
        <source>Issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на издаване</translation>
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
        <translation>Географска дължина (×10⁶)</translation>
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
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="167"/>
        <source>Nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Гражданства</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="168"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="169"/>
        <source>Number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="170"/>
        <source>Place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Място на раждане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="171"/>
        <source>Registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрационен номер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="172"/>
        <source>Registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на регистрация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="173"/>
        <source>Service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услуга</translation>
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
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="177"/>
        <source>Value</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="178"/>
        <source>Vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид превозно средство</translation>
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
        <translation>Междинни точки</translation>
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
        <translation>Номер на сметка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="184"/>
        <source>Bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код на банката</translation>
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
        <translation>Титуляр</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="187"/>
        <source>Bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на банката</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="188"/>
        <source>Last four</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последни четири цифри</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="189"/>
        <source>Issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издател</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="190"/>
        <source>Provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доставчик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="191"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референция</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="192"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сума</translation>
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
        <translation>Изпратено на</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="195"/>
        <source>Sender name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на изпращача</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="196"/>
        <source>Sender country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на изпращача</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="197"/>
        <source>Receiver name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на получателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="198"/>
        <source>Receiver country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на получателя</translation>
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
        <translation>Име на мрежата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="201"/>
        <source>Address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="202"/>
        <source>Asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Актив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="203"/>
        <source>Broker name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на посредника</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="204"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Местоположение</translation>
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
        <translation>Куриер</translation>
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
        <translation>Арестувани лица</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="71"/>
        <source>Persons charged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обвинени лица</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="72"/>
        <source>Convictions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Присъди</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="73"/>
        <source>Vehicles stopped</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спрени превозни средства</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="74"/>
        <source>Documents seized (genuine)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иззети документи (истински)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="75"/>
        <source>Documents seized (false)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иззети документи (неистински)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="76"/>
        <source>Victims safeguarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защитени жертви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="77"/>
        <source>Cash seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иззети пари в брой</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="78"/>
        <source>Assets seized</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иззети активи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="79"/>
        <source>Smuggling attempts prevented</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предотвратени опити за контрабанда</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="80"/>
        <source>No further action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без по-нататъшни действия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="216"/>
        <source>Prevention, investigation, detection or prosecution of crime (DPA 2018 s.31, LED Art. 1(1))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предотвратяване, разследване, разкриване или наказателно преследване на престъпления (DPA 2018 s.31, LED чл. 1(1))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="218"/>
        <source>Exchange of information between law-enforcement authorities (Directive (EU) 2023/977)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обмен на информация между правоприлагащите органи (Директива (ЕС) 2023/977)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="220"/>
        <source>International agreement (UK–Serbia, UK–Bulgaria, SELEC Convention; DPA 2018 s.75(1)(a), LED Art. 37(1)(a))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Международно споразумение (UK–Сърбия, UK–България, Конвенция на SELEC; DPA 2018 s.75(1)(a), LED чл. 37(1)(a))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="222"/>
        <source>Appropriate safeguards assessed by the controller (DPA 2018 s.75(1)(b), LED Art. 37(1)(b))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подходящи гаранции, оценени от администратора (DPA 2018 s.75(1)(b), LED чл. 37(1)(b))</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="224"/>
        <source>Special circumstances: life, or an immediate and serious threat to public security (DPA 2018 s.76, LED Art. 38)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Особени обстоятелства: живот или непосредствена и сериозна заплаха за обществената сигурност (DPA 2018 s.76, LED чл. 38)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="226"/>
        <source>Other (say which in the justification)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Друго (посочете кое в обосновката)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="227"/>
        <source>Duty to tell recipients that data sent was incorrect or unlawfully sent (LED Art. 7(3), DPA 2018 s.38)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задължение получателите да бъдат уведомени, че изпратените данни са неточни или неправомерно изпратени (LED чл. 7(3), DPA 2018 s.38)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="229"/>
        <source>Identity (names, dates of birth, nationality)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Самоличност (имена, дати на раждане, гражданство)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="230"/>
        <source>Travel and identity documents</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Документи за пътуване и самоличност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="231"/>
        <source>Vehicles</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Превозни средства</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="232"/>
        <source>Phones, e-mail and messaging identifiers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефони, имейл и идентификатори за съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="233"/>
        <source>Places and routes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Места и маршрути</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="234"/>
        <source>Organisations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="235"/>
        <source>Financial data (accounts, cards, transfers, wallets, cash)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Финансови данни (сметки, карти, преводи, портфейли, пари в брой)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="236"/>
        <source>Personal assessments (not facts, LED Art. 7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични оценки (не факти, LED чл. 7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="237"/>
        <source>Free text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Свободен текст</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="238"/>
        <source>Attached files</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приложени файлове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="239"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Очаква отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="240"/>
        <source>Partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Частично отговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="241"/>
        <source>Withdrawn</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттеглено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="45"/>
        <source>E-mail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Имейл</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="46"/>
        <source>Handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профил</translation>
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
        <translation>невярна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="58"/>
        <source>stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>открадната</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="59"/>
        <source>blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>бланка</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="49"/>
        <source>Close this message?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да се затвори ли това съобщение?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="50"/>
        <source>This message has not been sent. Keep it as a draft to finish later, discard it, or go on editing?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това съобщение не е изпратено. Да се запази ли като чернова, за да го довършите по-късно, да се отхвърли, или да продължите редакцията?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="52"/>
        <source>&amp;Keep as draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Запазване като чернова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="54"/>
        <source>&amp;Discard</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отхвърляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="56"/>
        <source>&amp;Go on editing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Продължаване на редакцията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="58"/>
        <source>Keep as draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване като чернова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="59"/>
        <source>Discard the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отхвърляне на съобщението</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/draft_keeper.py" line="60"/>
        <source>Go on editing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Продължаване на редакцията</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="91"/>
        <source>(no recipient yet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(все още няма получател)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="94"/>
        <source>(no text yet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(все още няма текст)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/drafts.py" line="104"/>
        <source>%n draft(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n чернова</numerusform>
            <numerusform>%n чернови</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="132"/>
        <source>Discard draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отхвърляне на черновата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="133"/>
        <source>Discard this draft? It is erased and cannot be brought back.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да се отхвърли ли тази чернова? Тя ще бъде изтрита и не може да бъде възстановена.</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="11"/>
        <source>Drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чернови</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="19"/>
        <source>What you were composing is kept here, encrypted, until you send or discard it. Drafts nobody edits for a month are erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това, което сте съставяли, се пази тук, шифровано, докато не го изпратите или отхвърлите. Черновите, които никой не редактира един месец, се изтриват.</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="27"/>
        <source>How many drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Колко чернови има</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="37"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отваряне</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="38"/>
        <source>Open the selected draft to go on composing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на избраната чернова, за да продължите да я съставяте</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="44"/>
        <source>&amp;Discard…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>О&amp;тхвърляне…</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="45"/>
        <source>Discard the selected draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отхвърляне на избраната чернова</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="53"/>
        <source>Drafts, the most recently edited first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чернови, първо последно редактираните</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="58"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/page_drafts.ui" line="59"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>До</translation>
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
        <translation>Последна редакция</translation>
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
        <translation>Няма чернови. Запитване, сигнал, отговор или препращане, което започнете и не изпратите, се пази тук, шифровано, докато го изпратите или отхвърлите.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="193"/>
        <source>Enrolment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="194"/>
        <source>Step 3 of 3: keys, encrypted cache and the hub.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стъпка 3 от 3: ключове, шифрован локален кеш и централен възел.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="245"/>
        <source>Enrolled. Liaison is ready.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрацията е завършена. Liaison е готов.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="250"/>
        <source>Your profile is ready, but the hub could not enrol this computer yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профилът Ви е готов, но централният възел все още не можа да регистрира този компютър.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="253"/>
        <source>{0}

Choose “Enrol when connected” to start using Liaison now: you can read the cache and queue work, and Liaison enrols at the first sync that reaches the hub. Or connect and choose “Try again”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}

Изберете „Регистриране при връзка“, за да започнете да използвате Liaison веднага: можете да четете локалния кеш и да поставяте работа в опашката, а Liaison ще се регистрира при първата синхронизация, която достигне централния възел. Или се свържете и изберете „Нов опит“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="266"/>
        <source>Enrolment did not finish.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрацията не завърши.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="295"/>
        <source>Making keys and the encrypted cache…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Създаване на ключовете и шифрования локален кеш…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="298"/>
        <source>Opening the prepared profile…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на подготвения профил…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="302"/>
        <source>Contacting the hub at {0}…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Свързване с централния възел {0}…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="311"/>
        <source>Opening Liaison…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на Liaison…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="165"/>
        <source>Erase a record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване на запис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="167"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изтриване…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="168"/>
        <source>Erase the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване на записа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="170"/>
        <source>Erase %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване: %1 %2 — %3 (срокът за преглед беше %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="185"/>
        <source>Also erase the %n message(s) that carry this subject</source>
        <extracomment>the confirmation box while it is open (tests press its buttons)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Изтриване и на %n съобщение, което съдържа този обект</numerusform>
            <numerusform>Изтриване и на %n съобщения, които съдържат този обект</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="206"/>
        <source>Erase the draft (%2)?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да се изтрие ли черновата (%2)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="208"/>
        <source>Erase subject %1 “%2” and the %n message(s) that carry it?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Да се изтрие ли обект %1 „%2“ и %n съобщение, което го съдържа?</numerusform>
            <numerusform>Да се изтрие ли обект %1 „%2“ и %n съобщения, които го съдържат?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="211"/>
        <source>Erase subject %1 “%2”?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да се изтрие ли обект %1 „%2“?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="214"/>
        <source>This cannot be undone.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това действие е необратимо.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="217"/>
        <source>Confirm erasure</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждаване на изтриването</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="223"/>
        <source>Erase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване</translation>
    </message>
    <message numerus="yes">
        <source>Erased subject %1 and %n message(s). The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">
            <numerusform>Изтрити са обект %1 и %n съобщение. Изтриването е записано в одитния журнал.</numerusform>
            <numerusform>Изтрити са обект %1 и %n съобщения. Изтриването е записано в одитния журнал.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased subject %1. The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Обект %1 е изтрит. Изтриването е записано в одитния журнал.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="201"/>
        <source>Erase case %1 “%2” with the messages and subjects filed only in it?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да се изтрие ли случай %1 „%2“ със съобщенията и обектите, заведени само в него?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="204"/>
        <source>Erase message %1 (%2)?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да се изтрие ли съобщение %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="261"/>
        <source>Erased %2 %1 and %n message(s). The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Изтрито: %2 %1 и %n съобщение. Изтриването е в одитния дневник.</numerusform>
            <numerusform>Изтрито: %2 %1 и %n съобщения. Изтриването е в одитния дневник.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="264"/>
        <source>Erased %2 %1. The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтрито: %2 %1. Изтриването е в одитния дневник.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Re-enrolment needed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Необходима е повторна регистрация</translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Отключването е невъзможно</translation>
    </message>
    <message>
        <source>Not done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Не е извършено</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проверете формуляра</translation>
    </message>
    <message>
        <source>This entry is not valid: {0}. Correct it and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Това въвеждане не е валидно: {0}. Коригирайте го и опитайте отново.</translation>
    </message>
    <message>
        <source>Local cache problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проблем с локалния кеш</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проблем със синхронизацията</translation>
    </message>
    <message>
        <source>File problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Проблем с файл</translation>
    </message>
    <message>
        <source>A file could not be read or written ({0}). Check the disk and the folder permissions, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Файл не можа да бъде прочетен или записан ({0}). Проверете диска и правата за достъп до папката, след което опитайте отново.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Възникна грешка</translation>
    </message>
    <message>
        <source>Liaison hit an unexpected problem and stopped that action. Your data is safe. Try again; if it happens again, contact IT and mention the time ({0}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Liaison срещна неочакван проблем и прекрати това действие. Данните Ви са в безопасност. Опитайте отново; ако се повтори, обърнете се към ИТ отдела и посочете часа ({0}).</translation>
    </message>
    <message>
        <source>Working offline: your work is kept and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Работа извън линия: работата Ви е запазена и ще бъде изпратена при следващата синхронизация.</translation>
    </message>
    <message>
        <source>The hub asked to slow down; Liaison retries by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Централният възел поиска забавяне; Liaison ще опита отново автоматично.</translation>
    </message>
    <message>
        <source>This computer must be enrolled again. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Този компютър трябва да бъде регистриран отново. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <source>The hub&apos;s identity did not match. Do not continue; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Самоличността на централния възел не съвпада. Не продължавайте; обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <source>The hub refused the request. Contact IT if it persists.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Централният възел отказа заявката. Обърнете се към ИТ отдела, ако проблемът продължава.</translation>
    </message>
    <message>
        <source>The hub answered something unexpected. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Централният възел върна неочакван отговор. Обърнете се към ИТ отдела.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="64"/>
        <source>Save attachment outside Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис на прикачен файл извън Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="70"/>
        <source>%1 (%2, %3). The saved copy is not encrypted: keep it only where your agency&apos;s rules allow.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (%2, %3). Записаното копие не е шифровано: пазете го само където правилата на Вашата служба позволяват.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="79"/>
        <source>Choose &amp;file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Избор на &amp;файл…</translation>
    </message>
</context>
<context>
    <name>ExportForCarrierDialog</name>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="61"/>
        <source>Export for carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Експорт за куриер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="68"/>
        <source> days</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> дни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="77"/>
        <source>Why these recipients need what is queued for them, in a few words</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защо на тези получатели им е нужно чакащото за тях, с няколко думи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="151"/>
        <source>Tick at least one recipient.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отметнете поне един получател.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="172"/>
        <source>Nothing waits for {0}: no queued message and no acknowledgement owed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нищо не чака за {0}: няма съобщения в опашката и дължими потвърждения.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="176"/>
        <source>Messages: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="177"/>
        <source>Attachments: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачени файлове: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="179"/>
        <source>Acknowledgements owed: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дължими потвърждения: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="180"/>
        <source>For: {0}; {1} device(s) can open it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За: {0}; може да се отвори от устройства: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="182"/>
        <source>May relay it: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да го препрати: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="183"/>
        <source>nobody</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>никой</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="184"/>
        <source>Expires: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтича: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="187"/>
        <source>Not carried: {0} message(s) waiting for a partner&apos;s directory entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не се изпращат: съобщения, чакащи вписването на партньора в указателя: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="190"/>
        <source>Not carried: {0} message(s) beyond one bundle; export again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не се изпращат: съобщения над капацитета на един пакет: {0}; експортирайте отново</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="192"/>
        <source>Warning: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="197"/>
        <source>Write the bundle to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записване на пакета в</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="198"/>
        <source>Liaison bundles (*{0});;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакети на Liaison (*{0});;Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="209"/>
        <source>Tick a recipient and name the file to write.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отметнете получател и посочете файла за записване.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="255"/>
        <source>Close</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затваряне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/export_dialog.py" line="257"/>
        <source>Written: {0} ({1}).
The messages are handed to the carrier and stay in the outbox until delivery is confirmed; the transfer is recorded on the Transfers page.

{2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записано: {0} ({1}).
Съобщенията са предадени на куриера и остават в изходящите, докато доставката не бъде потвърдена; предаването е записано на страницата „Предавания на данни“.

{2}</translation>
    </message>
    <message>
        <source>Written: {0} ({1}).
The messages are handed to the carrier and stay in the outbox until delivery is confirmed.

{2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Записано: {0} ({1}).
Съобщенията са предадени на куриера и остават в изходящите, докато доставката не бъде потвърдена.

{2}</translation>
    </message>
</context>
<context>
    <name>ExportReasonDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="61"/>
        <source>Export outside Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ извън Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="67"/>
        <source>e.g. quarterly check by the data-protection officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. тримесечна проверка от длъжностното лице по защита на данните</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="72"/>
        <source>Choose &amp;file…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете &amp;файл…</translation>
    </message>
</context>
<context>
    <name>ExternalRefDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="134"/>
        <source>Reference in another system — %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер в друга система — %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="152"/>
        <source>Check the reference: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверете номера: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="76"/>
        <source>Provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл за осигуряване на достъп</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="77"/>
        <source>Step 1 of 3: the file IT gave you.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стъпка 1 от 3: файлът, предоставен Ви от ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="92"/>
        <source>Provisioning file from IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл за осигуряване на достъп от ИТ отдела</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="93"/>
        <source>Provisioning files (*.json);;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файлове за осигуряване на достъп (*.json);;Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="105"/>
        <source>No file chosen.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е избран файл.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="106"/>
        <source>There is no file at this place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На това място няма файл.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="115"/>
        <source>Not valid: {0} Ask IT for a new file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Невалиден: {0} Поискайте нов файл от ИТ отдела.</translation>
    </message>
    <message>
        <source>Valid: signed by your IT provisioning authority; expires {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Валиден: подписан от Вашия ИТ орган за осигуряване на достъп; изтича на {0}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="126"/>
        <source>{0} (set by IT&apos;s policy)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} (зададено от ИТ отдела)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="130"/>
        <source>Valid: signed by the provisioning authority with fingerprint {0}; check it is the one IT gave you. Expires {1}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валиден: подписан от органа за осигуряване на достъп с отпечатък {0}; проверете дали това е отпечатъкът, даден Ви от ИТ отдела. Изтича {1}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="326"/>
        <source>Liaison — First run</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Първо стартиране</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="336"/>
        <source>Open Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на Liaison</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="23"/>
        <source>%1 — closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — приключено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="24"/>
        <source>your move</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ваш ред е</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="25"/>
        <source>waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>чака се партньорът</translation>
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
        <translation>Искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="39"/>
        <source>Answer: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="41"/>
        <source>Clarification given</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дадено пояснение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="42"/>
        <source>Recall: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отзоваване: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/follow_up_texts.py" line="47"/>
        <source>Follow-up: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проследяване: %1</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="362"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане</translation>
    </message>
    <message>
        <source>Handling code: {text}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Код за обработка: {text}</translation>
    </message>
    <message>
        <source>No handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Няма код за обработка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="400"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Могат да се препращат само искания и сигнали.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="406"/>
        <source>Allowed: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разрешено: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="407"/>
        <source>Refused: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="465"/>
        <source>tick at least one agency to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отметнете поне една служба, до която да се препрати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="434"/>
        <source>May receive this message. No device there is enrolled yet: the forward waits until the partner&apos;s directory entry arrives.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да получи това съобщение. Там все още няма регистрирано устройство: препращането чака, докато пристигне записът на партньора в указателя.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="436"/>
        <source>May receive this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да получи това съобщение</translation>
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
        <translation>Указателят Ви още не съдържа агенции. Синхронизирайте (F5), за да го изтеглите.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/compose/actions.py" line="449"/>
        <source>%n agency(ies) may receive this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n агенция може да получи това съобщение</numerusform>
            <numerusform>%n агенции могат да получат това съобщение</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardForm</name>
    <message>
        <location filename="../../ui/forward.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оригинално съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="20"/>
        <source>Handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за обработка</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="27"/>
        <source>Forwarding decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Решение за препращане</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="32"/>
        <source>The provider&apos;s &amp;consent to pass this on is recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Съгласието на предоставящия информацията за предаване е записано</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="33"/>
        <source>Provider&apos;s consent recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съгласието на предоставящия информацията е записано</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="40"/>
        <source>&amp;Agencies:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Служби:</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="46"/>
        <source>Agencies to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Служби, до които се препраща</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="54"/>
        <source>Problem with agencies to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със службите, до които се препраща</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="59"/>
        <source>&amp;Note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Бележка:</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="66"/>
        <source>Note to the new recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележка до новите получатели</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="75"/>
        <source>Problem with note to the new recipients</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с бележката до новите получатели</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="85"/>
        <source>Problem with the forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с препращането</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="98"/>
        <location filename="../../ui/forward.ui" line="100"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="105"/>
        <source>&amp;Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Препращане</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="107"/>
        <source>Sign and queue forward (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне на препращането в опашката (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/forward.ui" line="108"/>
        <source>Sign and queue forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне на препращането в опашката</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="19"/>
        <source>No handling code restricts onward sharing.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нито един код за обработка не ограничава по-нататъшното споделяне.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="20"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission; the provider&apos;s consent is recorded, so it may be forwarded with the handling code unchanged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка H2 казва, че не се предава без разрешението на предоставящия информацията; съгласието на предоставящия е записано, затова може да се препрати с непроменен код за обработка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="24"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent; the provider&apos;s consent is recorded, so it may be forwarded with the handling code unchanged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка C носи условието на предоставящия информацията да не се предава без неговото съгласие; съгласието на предоставящия е записано, затова може да се препрати с непроменен код за обработка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="28"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка H2 казва, че не се предава без разрешението на предоставящия информацията. Попитайте предоставящия и запишете съгласието му преди препращане.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="31"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка C носи условието на предоставящия информацията да не се предава без неговото съгласие. Попитайте предоставящия и запишете съгласието му преди препращане.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="34"/>
        <source>Handling code {code} allows forwarding; its conditions travel with the message and bind the recipient: {conditions}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка {code} позволява препращане; условията му придружават съобщението и обвързват получателя: {conditions}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="37"/>
        <source>Handling code {code} ({meaning}) allows forwarding; the code travels with the message.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка {code} ({meaning}) позволява препращане; кодът придружава съобщението.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="42"/>
        <source>not until the provider&apos;s consent is recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не и преди да е записано съгласието на предоставящия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="44"/>
        <source>only requests and alerts are forwarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>препращат се само запитвания и сигнали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="46"/>
        <source>sent this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изпрати това съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="47"/>
        <source>already received this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>вече получи това съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/forward_texts.py" line="49"/>
        <source>no enrolled device in your directory yet; sync (F5) to refresh it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>още няма регистрирано устройство в указателя Ви; синхронизирайте (F5), за да го обновите</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="51"/>
        <source>Not graded (no handling code)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без оценка (без код за обработка)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="70"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="73"/>
        <source>Not graded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без оценка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/grading_page.py" line="120"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изберете един елемент от списъка</translation>
    </message>
</context>
<context>
    <name>HitWarning</name>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="29"/>
        <source>watch list %1, entry %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>списък за наблюдение %1, запис %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="31"/>
        <source>already held on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>вече се съхранява на този компютър</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="32"/>
        <source>Subject %1 (%2): %3, score %4 — %5</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект %1 (%2): %3, оценка %4 — %5</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="38"/>
        <source>…and %1 more.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>…и още %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="50"/>
        <source>Subjects already known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вече известни обекти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="51"/>
        <source>Some subjects of this message match a watch list or records already held. Sign and queue it anyway?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Някои обекти в това съобщение съвпадат със списък за наблюдение или с вече съхранени записи. Да се подпише ли и постави в опашката въпреки това?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="55"/>
        <source>Cross-check warning before signing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение от кръстосана проверка преди подписване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/hit_warning.py" line="57"/>
        <source>&amp;Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Подпиши и постави в опашката</translation>
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
        <translation>Изображение: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/attachments_pane.py" line="106"/>
        <source>Shown from memory; nothing is written to disk. To keep a copy, use Save as…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показано от паметта; нищо не се записва на диска. За да запазите копие, използвайте „Запис като…“</translation>
    </message>
</context>
<context>
    <name>ImportFromCarrierDialog</name>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="57"/>
        <source>Import from carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Импорт от куриер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="77"/>
        <source>Choose the bundle file the carrier brought.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете файла на пакета, донесен от куриера.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="85"/>
        <source>Bundle to import</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет за импортиране</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="86"/>
        <source>Liaison bundles (*{0});;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакети на Liaison (*{0});;Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="107"/>
        <source>This bundle cannot be imported.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет не може да бъде импортиран.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="127"/>
        <source>From: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От: {0} ({1})</translation>
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
        <translation>Създаден: {0}; изтича: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="131"/>
        <source>Holds: {0} message(s), {1} attachment(s) ({2}), {3} acknowledgement(s) of your bundles</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съдържа: съобщения {0}, прикачени файлове {1} ({2}), потвърждения за Ваши пакети {3}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="137"/>
        <source>Imported before: importing again stores nothing new.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вече импортиран: повторното импортиране не запазва нищо ново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="194"/>
        <source>Close</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затваряне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="201"/>
        <source>Stored: {0} new message(s); {1} already here; {2} quarantined; {3} for others; {4} attachment(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазени: нови съобщения {0}; вече налични {1}; в карантина {2}; за други {3}; прикачени файлове {4}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="206"/>
        <source>Your messages: {0} delivered, {1} replied, {2} confirmed by acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вашите съобщения: доставени {0}, с отговор {1}, потвърдени {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="210"/>
        <source>Warning: {0} earlier bundle(s) from this sender have not arrived (lost, or still on their way).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение: по-ранни пакети от този подател, които не са пристигнали: {0} (изгубени или все още на път).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="214"/>
        <source>Acknowledgement bundle written: {0} — carry it back to {1}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакетът с потвърждение е записан: {0} — върнете го на {1}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="218"/>
        <source>The acknowledgement bundle was not written: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакетът с потвърждение не е записан: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="225"/>
        <source>Relayed to the hub: {0} accepted, {1} it had already, {2} attachment(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препратено към централния възел: приети {0}, вече налични {1}, прикачени файлове {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/carrier/import_dialog.py" line="228"/>
        <source>Refused by the hub: {0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано от централния възел: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Justification</name>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="155"/>
        <source>Justified earlier in this session for case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обосновано по-рано в тази сесия за случай %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="161"/>
        <source>Could not record the consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Справката не можа да бъде записана</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="73"/>
        <location filename="../../liaison_app/gui/pages/justification.py" line="74"/>
        <source>Reason for opening personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основание за отваряне на лични данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="86"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отваряне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="87"/>
        <source>Open the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на записа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="90"/>
        <source>%1 — case %2 (the reason covers the whole case until you lock)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — случай %2 (основанието важи за целия случай, докато не заключите)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="115"/>
        <source>Give a reason of a few words at least.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете основание от поне няколко думи.</translation>
    </message>
</context>
<context>
    <name>JustificationForm</name>
    <message>
        <location filename="../../ui/justification.ui" line="13"/>
        <source>This record holds personal data. Say why you need to open it. Your reason is written to the audit log with the date, time and your name.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този запис съдържа лични данни. Посочете защо трябва да го отворите. Основанието Ви се записва в одитния журнал с датата, часа и Вашето име.</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="20"/>
        <source>Record to open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис за отваряне</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="25"/>
        <source>&amp;Reason for opening:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основание &amp;за отваряне:</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="31"/>
        <source>e.g. answering request from RS-BP on case GB-NCA/2026/0042</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. отговор на искане от RS-BP по случай GB-NCA/2026/0042</translation>
    </message>
    <message>
        <location filename="../../ui/justification.ui" line="33"/>
        <source>Reason for opening</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основание за отваряне</translation>
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
        <translation>Запазване до нова дата за преглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="118"/>
        <source>&amp;Keep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="119"/>
        <source>Keep the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване на записа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="124"/>
        <source>Keep %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване: %1 %2 — %3 (срокът за преглед беше %4)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="152"/>
        <source>Kept %1 %2 until %3. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2 е запазен до %3. Основанието Ви е записано в одитния журнал.</translation>
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
        <translation>Искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="19"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="58"/>
        <location filename="../../liaison_app/reports/texts.py" line="35"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигнал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="20"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="59"/>
        <location filename="../../liaison_app/reports/texts.py" line="36"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="21"/>
        <location filename="../../liaison_app/reports/texts.py" line="37"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="22"/>
        <location filename="../../liaison_app/reports/texts.py" line="38"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Споделяне на случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="23"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="61"/>
        <location filename="../../liaison_app/reports/texts.py" line="39"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="26"/>
        <location filename="../../liaison_app/reports/texts.py" line="42"/>
        <source>Draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чернова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="27"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="37"/>
        <location filename="../../liaison_app/reports/texts.py" line="43"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката</translation>
    </message>
    <message>
        <source>Waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чака партньора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="29"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="40"/>
        <location filename="../../liaison_app/reports/texts.py" line="45"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="30"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="41"/>
        <location filename="../../liaison_app/reports/texts.py" line="46"/>
        <source>Delivered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="31"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="42"/>
        <location filename="../../liaison_app/reports/texts.py" line="47"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прочетено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="32"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="43"/>
        <location filename="../../liaison_app/reports/texts.py" line="48"/>
        <source>Replied</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="33"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="44"/>
        <location filename="../../liaison_app/reports/texts.py" line="49"/>
        <source>Failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неуспешно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="36"/>
        <source>Unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Непрочетени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="48"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Очаква се отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="49"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поискано е уточнение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="50"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="51"/>
        <source>Partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Частично отговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="52"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="53"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="65"/>
        <source>Withdrawn</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттеглено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="60"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="68"/>
        <location filename="../../liaison_app/reports/texts.py" line="52"/>
        <source>Routine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обичайно</translation>
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
        <translation>Спешно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="71"/>
        <location filename="../../liaison_app/reports/texts.py" line="55"/>
        <source>Immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Незабавно</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чака изпращане</translation>
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
        <translation>Неактивен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="76"/>
        <location filename="../../liaison_app/reports/texts.py" line="60"/>
        <source>Closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приключен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="79"/>
        <source>Migrant smuggling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Контрабанда на мигранти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="80"/>
        <source>Trafficking in human beings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Трафик на хора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="81"/>
        <source>Document fraud</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Документни измами</translation>
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
        <translation>Повредено или неправилно форматирано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="86"/>
        <source>From a newer version of Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От по-нова версия на Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="87"/>
        <source>Sender signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Невалиден подпис на подателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="88"/>
        <source>Message signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Невалиден подпис на съобщението</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="89"/>
        <source>Envelope and message disagree</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пликът и съобщението не съвпадат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="90"/>
        <source>Not addressed to this device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е адресирано до това устройство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="91"/>
        <source>Sender not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подателят не е в указателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="92"/>
        <source>Sender&apos;s device revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Устройството на подателя е отменено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="93"/>
        <source>Expired</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтекло</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="94"/>
        <source>Received twice (replay)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено два пъти (повторение)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="97"/>
        <source>Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отключване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="98"/>
        <source>Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заключване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="99"/>
        <source>Consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="100"/>
        <source>Created</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Създадено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="101"/>
        <source>Altered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Променено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="102"/>
        <source>Disclosed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разкрито</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="103"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="104"/>
        <source>Forwarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="105"/>
        <source>Exported</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Експортирано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="106"/>
        <source>Erased</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтрито</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="107"/>
        <source>Policy changed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Политиката е променена</translation>
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
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="112"/>
        <location filename="../../liaison_app/reports/texts.py" line="119"/>
        <source>Vehicle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Превозно средство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="113"/>
        <location filename="../../liaison_app/reports/texts.py" line="120"/>
        <source>Travel document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Документ за пътуване</translation>
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
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="116"/>
        <location filename="../../liaison_app/reports/texts.py" line="123"/>
        <source>Route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="125"/>
        <source>Active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="126"/>
        <source>Revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отменен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="117"/>
        <location filename="../../liaison_app/reports/texts.py" line="124"/>
        <source>Bank account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Банкова сметка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="38"/>
        <source>Waiting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="118"/>
        <location filename="../../liaison_app/reports/texts.py" line="125"/>
        <source>Payment card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Платежна карта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="119"/>
        <location filename="../../liaison_app/reports/texts.py" line="126"/>
        <source>Money transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Паричен превод</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="120"/>
        <location filename="../../liaison_app/reports/texts.py" line="127"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адрес на криптоактив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="121"/>
        <location filename="../../liaison_app/reports/texts.py" line="128"/>
        <source>Hawala or informal transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хавала или неформален превод</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="122"/>
        <location filename="../../liaison_app/reports/texts.py" line="129"/>
        <source>Cash</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пари в брой</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="64"/>
        <source>Rectified</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поправено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="28"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="39"/>
        <location filename="../../liaison_app/reports/texts.py" line="44"/>
        <source>Handed to carrier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предадено на куриер</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="81"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (просрочено)</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="181"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="210"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="337"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="188"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="338"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="104"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="321"/>
        <source>Failed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неуспешно: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="203"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="339"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="211"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="212"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обработка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="205"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="173"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="251"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="253"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област на престъпността</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="264"/>
        <source>Seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срещан в получени съобщения; все още няма местен запис за случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="270"/>
        <source>Messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="273"/>
        <source>Next due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Следващ срок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="279"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преглед на</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="280"/>
        <source>Updated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обновено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="167"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="316"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="341"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="347"/>
        <source>Attempts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опити</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="350"/>
        <source>Next attempt</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Следващ опит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="346"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="117"/>
        <source>Your reply is due %1 (%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вашият отговор е със срок %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="118"/>
        <source>Their reply is due %1 (%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Техният отговор е със срок %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="196"/>
        <source>Follow-up</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проследяване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="198"/>
        <source>Received: your answer is owed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено: дължите отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="200"/>
        <source>Sent: the partner&apos;s answer is awaited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено: очаква се отговорът на партньора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="357"/>
        <source>Last error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последна грешка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="104"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="106"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Detail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Подробности</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="108"/>
        <source>Envelope</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Плик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="109"/>
        <source>Size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="110"/>
        <source>%1 bytes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 байта</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">№</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Кога</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Какво</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Кой</translation>
    </message>
    <message>
        <source>Object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Обект на действието</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Подробности</translation>
    </message>
    <message>
        <source>Waiting for the partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Чака партньора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="352"/>
        <source>Waiting: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чака: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="101"/>
        <source>%1 by its sender</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 от подателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="324"/>
        <source>In a bundle a carrier takes to the partner; it stays here until the hub or the partner confirms it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В пакет, който куриер носи на партньора; остава тук, докато централният възел или партньорът не го потвърди</translation>
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
        <translation>Списък</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="227"/>
        <source>%1 of %2 shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показани %1 от %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="232"/>
        <source>%1 items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Елементи: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="269"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="310"/>
        <source>Any status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всеки статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="261"/>
        <source>Unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Непрочетени</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Очаква се отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="263"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="267"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="253"/>
        <source>Any priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всеки приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="254"/>
        <source>Urgent and immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешни и незабавни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="262"/>
        <source>Not replied yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още без отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="273"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигнали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="275"/>
        <source>Messages received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="314"/>
        <source>Reference, title or SIENA/INTERPOL reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер, наименование или номер в SIENA/INTERPOL</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="318"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="340"/>
        <source>Show requests that are</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показване на искания, които са</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="343"/>
        <source>&amp;Show:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Показване:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="350"/>
        <source>Every request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всички искания</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="351"/>
        <source>Still open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още отворени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="354"/>
        <source>Requests awaiting a reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искания, които очакват отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="375"/>
        <source>Any state</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всяко състояние</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="382"/>
        <source>&amp;Retry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Повторен опит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="383"/>
        <source>Send the refused message again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повторно изпращане на отхвърленото съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="384"/>
        <source>Queue the selected message again: the hub refused it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повторно поставяне на избраното съобщение в опашката: хъбът го отхвърли</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="392"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изходящи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="77"/>
        <source>Quarantined envelopes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пликове в карантина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="66"/>
        <source>Show entries of kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показване на записи от вид</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="69"/>
        <source>&amp;Kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="70"/>
        <source>Every kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всички видове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/audit.py" line="101"/>
        <source>Audit log</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одитен журнал</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="13"/>
        <source>&amp;Filter:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Филтър:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="19"/>
        <source>Words in the text, names, numbers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Думи в текста, имена, номера</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="21"/>
        <source>Filter the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Филтриране на списъка</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="38"/>
        <source>&amp;Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="44"/>
        <source>Show status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показване на статус</translation>
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
        <translation>Показване на приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="27"/>
        <source>How many items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брой елементи</translation>
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
        <translation>Тук още няма нищо.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="173"/>
        <source>Nothing matches the filter. Clear the filter to see everything.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нищо не отговаря на филтъра. Изчистете филтъра, за да видите всичко.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="280"/>
        <source>No alerts. Alerts you raise or receive (lookouts, warnings, spontaneous information) appear here, urgent ones first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма сигнали. Сигналите, които подавате или получавате (издирване, предупреждения, спонтанна информация), се появяват тук, спешните първи.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="283"/>
        <source>No messages received yet. Requests, alerts and replies from partner agencies appear here after a sync (F5).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Още няма получени съобщения. Запитванията, сигналите и отговорите на партньорските агенции се появяват тук след синхронизация (F5).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="321"/>
        <source>No cases yet. A case appears here when you link a message to a new case reference, or receive a message about one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Още няма случаи. Случай се появява тук, когато свържете съобщение с нов номер на случай или получите съобщение за такъв.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="395"/>
        <source>The outbox is empty. What you sign and queue waits here until the hub accepts it, then stays listed as sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изходящите са празни. Това, което подпишете и поставите в опашката, чака тук, докато централният възел го приеме, след което остава в списъка като изпратено.</translation>
    </message>
</context>
<context>
    <name>MainContent</name>
    <message>
        <location filename="../../ui/main_window.ui" line="17"/>
        <source>Urgent notification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешно известие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="30"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отваряне</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45"/>
        <source>Open the alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на сигнала</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Dismiss</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затваряне</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>Dismiss the notification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Затваряне на известието</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="61"/>
        <source>Searc&amp;h:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тър&amp;сене:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>Cases, messages and subjects (names, aliases, registrations, documents)  Ctrl+F</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи, съобщения и обекти (имена, псевдоними, регистрационни номера, документи)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69"/>
        <source>Search cases, messages and subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Търсене в случаи, съобщения и обекти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Navigation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Навигация</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="80"/>
        <source>Choose a list: Inbox, Awaiting reply, Alerts, Cases, Drafts, Outbox, Directory, Quarantine, Audit or Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете списък: Входящи, Очаква се отговор, Сигнали, Случаи, Чернови, Изходящи, Указател, Карантина, Одит или За преглед</translation>
    </message>
    <message>
        <source>Choose a list: Inbox, Cases, Alerts, Outbox, Directory, Quarantine, Audit or Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Изберете списък: Входящи, Случаи, Сигнали, Изходящи, Указател, Карантина, Одит или За преглед</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>List</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Списък</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>Detail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94"/>
        <source>Select a message to read it here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете съобщение, за да го прочетете тук.</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="215"/>
        <source>&amp;Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Заключване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="218"/>
        <source>&amp;Settings…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="229"/>
        <source>&amp;Quit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="232"/>
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="233"/>
        <source>New &amp;request…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ново &amp;искане…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="235"/>
        <source>Raise &amp;alert…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаване на &amp;сигнал…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="238"/>
        <source>&amp;View</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="239"/>
        <source>&amp;Search</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Търсене</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="241"/>
        <source>Sync &amp;now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизиране се&amp;га</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По&amp;мощ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="250"/>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Клавишни комбинации</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="255"/>
        <source>&amp;About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;За Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="266"/>
        <source>This view is not available in this build.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този изглед не е наличен в тази версия.</translation>
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
            <numerusform>{0}: %n запис за преглед</numerusform>
            <numerusform>{0}: %n записа за преглед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="351"/>
        <location filename="../../liaison_app/gui/main_window.py" line="353"/>
        <source>{0}: %n unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n непрочетено</numerusform>
            <numerusform>{0}: %n непрочетени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="356"/>
        <source>{0}: %n request(s) not answered yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n искане все още без отговор</numerusform>
            <numerusform>{0}: %n искания все още без отговор</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="359"/>
        <source>{0}: %n draft(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n чернова</numerusform>
            <numerusform>{0}: %n чернови</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="362"/>
        <source>{0}: %n refused by the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n отхвърлено от хъба</numerusform>
            <numerusform>{0}: %n отхвърлени от хъба</numerusform>
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
        <translation>Не е налично</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="438"/>
        <location filename="../../liaison_app/gui/main_window.py" line="447"/>
        <source>Composing is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съставянето на съобщения не е налично в тази версия. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="499"/>
        <source>About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="500"/>
        <source>Liaison {0}
Signed, end-to-end encrypted requests and alerts between liaison officers.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison {0}
Подписани искания и сигнали между офицери за връзка, шифровани от край до край.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="220"/>
        <source>&amp;Report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Доклад…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="224"/>
        <source>&amp;Export for carrier…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Експорт за куриер…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="226"/>
        <source>&amp;Import from carrier…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Импорт от куриер…</translation>
    </message>
</context>
<context>
    <name>MessageAttachmentsForm</name>
    <message>
        <location filename="../../ui/message_attachments.ui" line="9"/>
        <source>Attachments of this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачени файлове към това съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="20"/>
        <source>About the selected attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За избрания прикачен файл</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="27"/>
        <source>&amp;View</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Преглед</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="28"/>
        <source>Show the image (decrypted in memory only)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показване на изображението (дешифрирано само в паметта)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="29"/>
        <source>View the image</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преглед на изображението</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="34"/>
        <source>&amp;Download</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изтегляне</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="35"/>
        <source>Fetch it from the hub at the next sync (now, if online)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтегляне от централния възел при следващото синхронизиране (веднага, ако сте на линия)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="36"/>
        <source>Download the attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтегляне на прикачения файл</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="41"/>
        <source>Save &amp;as…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис &amp;като…</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="42"/>
        <source>Write the file outside Liaison (asks why; recorded as an export)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записва файла извън Liaison (пита за причината; отбелязва се като износ)</translation>
    </message>
    <message>
        <location filename="../../ui/message_attachments.ui" line="43"/>
        <source>Save the attachment as a file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис на прикачения файл като файл</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="66"/>
        <source>provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="67"/>
        <source>partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>частично отговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="68"/>
        <source>refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отказано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="69"/>
        <source>clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>поискано е уточнение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="70"/>
        <source>rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>поправка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="71"/>
        <source>withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="72"/>
        <source>being acted on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>в процес на действие</translation>
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
        <translation>Подробности за съобщението</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="231"/>
        <source>Cannot show the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението не може да бъде показано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="242"/>
        <source>%1 from %2 (%3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 от %2 (%3)</translation>
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
        <translation type="vanished">%1 — просрочено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="388"/>
        <source>not to be passed on without the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>да не се предава без съгласието на предоставящия информацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="420"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане</translation>
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
        <translation>от</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="431"/>
        <source>to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="440"/>
        <source>Conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кореспонденция</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="459"/>
        <source>Forwarding is not allowed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращането не е разрешено: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="463"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Могат да се препращат само искания и сигнали.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="483"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="488"/>
        <source>Not available</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е налично</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="484"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="489"/>
        <source>This action is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това действие не е налично в тази версия. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="112"/>
        <source>Also seen in another record: expand</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срещано и в друг запис: разгънете</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="119"/>
        <source>case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>случай %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="120"/>
        <source>no case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>без случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="122"/>
        <source>message from %1, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съобщение от %1, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="126"/>
        <source>Also seen: %1, %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срещано и в: %1, %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="355"/>
        <source>watch list %1 v%2, entry %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>списък за наблюдение %1 v%2, запис %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="358"/>
        <source>held on this laptop (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съхранено на този компютър (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="359"/>
        <source>Hit %1 — %2: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвпадение %1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>MessageDetailForm</name>
    <message>
        <location filename="../../ui/message_detail.ui" line="11"/>
        <source>Select a message and press Enter to read it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете съобщение и натиснете Enter, за да го прочетете.</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="11"/>
        <source>No message shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е показано съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Reply…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отговор…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Acknowledge…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Потвърждаване…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Acknowledge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждаване</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Re&amp;call…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отте&amp;гляне…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>&amp;Forward…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пре&amp;пращане…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward with provider&apos;s &amp;consent…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане със &amp;съгласие на предоставящия…</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>Forward with the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане със съгласието на предоставящия информацията</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="16"/>
        <source>The handling code forbids passing this on without the provider&apos;s permission. Use this only when the provider has consented; the consent is recorded in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка забранява предаването без разрешение на предоставящия информацията. Използвайте това само когато предоставящият е дал съгласие; съгласието се записва в одитния журнал.</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="17"/>
        <source>Why forwarding is not allowed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защо препращането не е разрешено</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="21"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Message title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заглавие на съобщението</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>From:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>To:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>До:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Type:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
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
        <translation>Създадено:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Created</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Създадено</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Received:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Due:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Case:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Scheme:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Схема:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Grading scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Схема за оценка</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Source:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Източник:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Source grade and meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка на източника и значение</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Information:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Информация:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Information grade and meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка на информацията и значение</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обработка</translation>
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
        <translation>Код за обработка и значение</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Conditions:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Условия:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Handling conditions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Условия за обработка</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>&amp;Message text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Текст на съобщението:</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Message text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст на съобщението</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични данни</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кореспонденция</translation>
    </message>
    <message>
        <location filename="../../ui/message_detail.ui" line="22"/>
        <source>Earlier and later messages in this conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По-ранни и по-късни съобщения в тази кореспонденция</translation>
    </message>
</context>
<context>
    <name>MessageNotes</name>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="38"/>
        <source>Recalled by the sender</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отзовано от подателя</translation>
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
        <translation>Правно основание, на което е изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="41"/>
        <source>Follow-up of the request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проследяване на искането</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="51"/>
        <source>Restricted: kept for evidence, hidden from the lists and from search.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничено: пази се като доказателство, скрито от списъците и търсенето.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="55"/>
        <source>Sent on: %1 — %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено на основание: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="63"/>
        <source>WITHDRAWN by its sender: do not use it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ОТТЕГЛЕНО от подателя: не го използвайте.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="64"/>
        <source>RECTIFIED by its sender: use the corrected text.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ПОПРАВЕНО от подателя: използвайте поправения текст.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="66"/>
        <source>%1, %2 withdrew it: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, %2 го оттегли: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="67"/>
        <source>%1, %2 rectified it: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, %2 го поправи: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/message_notes.py" line="71"/>
        <source>Correction: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поправка: %1</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="57"/>
        <source>Routine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обичайно</translation>
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
        <translation>Спешно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="60"/>
        <source>Immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Незабавно</translation>
    </message>
    <message>
        <source>No partner agency has an enrolled device in your directory yet. Sync when connected to refresh the directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Все още няма партньорска служба с регистрирано устройство във Вашия указател. Синхронизирайте при наличие на връзка, за да обновите указателя.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="146"/>
        <source>{when} local time ({utc} UTC) if queued now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{when} местно време ({utc} UTC), ако се постави в опашката сега</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="83"/>
        <source>{0} — no device yet: the message waits for their directory entry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} — все още няма устройство: съобщението чака вписването им в указателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="96"/>
        <source>No partner agency is in your directory yet. Sync when connected to refresh the directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Във Вашия указател все още няма партньорски агенции. Синхронизирайте, когато имате връзка, за да обновите указателя.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="13"/>
        <source>Source. The figures are computed by this officer&apos;s Liaison client from its own encrypted cache alone: the requests, alerts and replies this office sent or received. Messages erased under the retention rules are no longer counted. Times are UTC.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Източник. Данните се изчисляват от клиента Liaison на този служител единствено от собствения му шифрован кеш: запитванията, сигналите и отговорите, изпратени или получени от това звено. Съобщенията, изтрити по правилата за съхранение, вече не се броят. Часовете са в UTC.</translation>
    </message>
    <message>
        <source>Period and partner. A message counts in the period when it was exchanged: for a message received here, when it arrived; for a message sent from here, when the hub accepted it (messages still queued count nowhere). A message sent to two partner agencies counts once for each in the per-partner rows, and once in the totals.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Период и партньор. Съобщението се брои в периода, в който е обменено: полученото — когато е пристигнало; изпратеното — когато възелът го е приел (чакащите в опашката не се броят никъде). Съобщение, изпратено до две партниращи агенции, се брои по веднъж за всяка в редовете по партньор и веднъж в общия сбор.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="25"/>
        <source>Replies by outcome. Each reply counts under the outcome its sender gave it: provided, partially provided, refused, or clarification requested.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговори по резултат. Всеки отговор се брои под резултата, който му е дал подателят: предоставено, частично предоставено, отказано или поискано уточнение.</translation>
    </message>
    <message>
        <source>Response time. For a request received here: from its arrival to the moment the hub accepted this office&apos;s first reply. For a request sent from here: from the moment the hub accepted it to the time the partner signed its first reply. The first reply of any outcome ends the count, a request for clarification included.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Време за отговор. За запитване, получено тук: от получаването му до момента, в който възелът е приел първия отговор на това звено. За запитване, изпратено оттук: от момента, в който възелът го е приел, до часа, в който партньорът е подписал първия си отговор. Първият отговор с какъвто и да е резултат приключва отброяването, включително искане за уточнение.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="36"/>
        <source>Limits. Directive (EU) 2023/977 Art. 5: urgent requests for directly available information, 8 hours; urgent requests for indirectly available information, 3 calendar days; any other request, 7 calendar days; counted in UTC from receipt.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срокове. Директива (ЕС) 2023/977, чл. 5: спешни запитвания за пряко достъпна информация, 8 часа; спешни запитвания за непряко достъпна информация, 3 календарни дни; всяко друго запитване, 7 календарни дни; броят се по UTC от получаването.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="41"/>
        <source>Share within the limit. Requests answered within their limit, divided by the requests whose fate is known: those answered plus those unanswered past their limit. Requests still unanswered and within their limit are shown as pending and left out.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дял в срок. Запитванията с отговор в срока си, разделени на запитванията с известен изход: тези с отговор плюс тези без отговор с изтекъл срок. Запитванията все още без отговор и в срок са показани като изчакващи и са изключени.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="46"/>
        <source>Median and 90th percentile. Of the response times of the answered requests, by linear interpolation between the closest ranks (the method of spreadsheets&apos; PERCENTILE.INC): the median of an even number of answers is the mean of the two middle ones.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Медиана и 90-и процентил. На времената за отговор на получилите отговор запитвания, чрез линейна интерполация между най-близките рангове (методът на PERCENTILE.INC в електронните таблици): медианата на четен брой отговори е средното на двата средни.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="51"/>
        <source>Overdue now. Requests of the period that have no reply and whose limit passed before the figures were computed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочени в момента. Запитванията от периода без отговор, чийто срок е изтекъл преди изчисляването на данните.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="55"/>
        <source>Cases and outcomes. Cases recorded here opened or closed in the period; outcomes recorded on cases (arrests, charges, seizures...) whose date falls in the period. Amounts seized are added up per currency, never across currencies. With a partner chosen, only cases that hold a message exchanged with that partner count.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи и резултати. Случаите, водени тук, открити или закрити през периода; резултатите, отбелязани по случаите (арести, обвинения, изземвания...), чиято дата е в периода. Иззетите суми се сумират по валута, никога между валути. При избран партньор се броят само случаите, съдържащи съобщение, обменено с този партньор.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="75"/>
        <source>Personal data. The report holds counts only. Names of subjects appear only in the annex, and only when the issuing officer asked for it with a justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични данни. Докладът съдържа само бройки. Имената на субектите се появяват само в приложението и само когато издаващият служител го е поискал с обосновка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="18"/>
        <source>Period and partner. A message counts in the period when it was exchanged: for a message received here, when it arrived; for a message sent from here, when the hub accepted it or a carrier took it on removable media, whichever came first (messages still queued count nowhere). A message sent to two partner agencies counts once for each in the per-partner rows, and once in the totals.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Период и партньор. Съобщението се брои в периода, в който е обменено: полученото — когато е пристигнало; изпратеното — когато възелът го е приел или куриер го е взел на сменяем носител, което е станало по-рано (чакащите в опашката не се броят никъде). Съобщение, изпратено до две партниращи агенции, се брои по веднъж за всяка в редовете по партньор и веднъж в общия сбор.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="29"/>
        <source>Response time. For a request received here: from its arrival to the moment the hub accepted this office&apos;s first reply. For a request sent from here: from the moment the hub accepted it (or a carrier took it) to the time the partner signed its first reply. The first reply of any outcome ends the count, a request for clarification included.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време за отговор. За запитване, получено тук: от получаването му до момента, в който възелът е приел първия отговор на това звено. За запитване, изпратено оттук: от момента, в който възелът го е приел (или куриер го е взел), до часа, в който партньорът е подписал първия си отговор. Първият отговор с какъвто и да е резултат приключва отброяването, включително искане за уточнение.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="61"/>
        <source>Cash in messages. The cash subjects (cash found or carried) of the messages exchanged in the period, added up per currency and never across currencies, apart for the messages received from partners and those sent from here. Cash reported again in a later message (a reply, a forward) counts again; the seizures recorded as outcomes are the figures above.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пари в брой в съобщенията. Обектите от вид „пари в брой“ (намерени или пренасяни) в съобщенията, обменени през периода, сумирани по валута и никога между различни валути, поотделно за съобщенията, получени от партньори, и изпратените оттук. Пари в брой, посочени отново в по-късно съобщение (отговор, препращане), се броят отново; изземванията, записани като резултати, са цифрите по-горе.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/method_texts.py" line="68"/>
        <source>Cross-check hits. Hits found when messages arrived in the period: a subject matched a watch-list entry, or a person, account or wallet already held here in another message; strong hits are those the officer was notified of. With a partner chosen, only messages received from that partner count. Checks run at the booth are consultations and are not counted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвпадения при кръстосана проверка. Съвпадения, открити при пристигането на съобщения през периода: обект е съвпаднал със запис от списък за наблюдение или с лице, сметка или портфейл, вече съхранявани тук в друго съобщение; силни са съвпаденията, за които служителят е бил уведомен. При избран партньор се броят само съобщенията, получени от него. Проверките на гишето са справки и не се броят.</translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="9"/>
        <source>Monitoring the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мониторинг на съвместните действия</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="11"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мониторинг</translation>
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
        <translation>Първи ден от периода</translation>
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
        <translation>Последен ден от периода</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="21"/>
        <source>P&amp;artner:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;артньор:</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="22"/>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнираща агенция</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="24"/>
        <source>&amp;Report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Доклад…</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="24"/>
        <source>Make the working group&apos;s report from these figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изготви доклада за работната група от тези данни</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="31"/>
        <source>Where the figures come from</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откъде идват данните</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="40"/>
        <source>Requests, alerts and replies exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обменени запитвания, сигнали и отговори</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Messages exchanged per partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обменени съобщения по партнираща агенция</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Requests sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратени запитвания</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Requests received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени запитвания</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Alerts sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратени сигнали</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Alerts received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени сигнали</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Replies sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратени отговори</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="41"/>
        <source>Replies received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени отговори</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="42"/>
        <source>Chart: requests and alerts per partner and month</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Графика: запитвания и сигнали по партньор и месец</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="43"/>
        <source>Response times against the legal limits (Directive (EU) 2023/977)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време за отговор спрямо законовите срокове (Директива (ЕС) 2023/977)</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Response times per urgency class</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Време за отговор по клас на спешност</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Answered by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговорил</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Urgency (limit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешност (срок)</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Requests</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запитвания</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>С отговор</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Median</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>90th percentile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>90-и процентил</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Within the limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Late</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Със закъснение</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочени</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="44"/>
        <source>Pending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изчакващи</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="47"/>
        <source>Time to the first reply, answered &amp;by:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Време до първия отговор, отговорили са:</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="48"/>
        <source>Whose answers the chart shows</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чии отговори показва графиката</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="52"/>
        <source>Chart: response times against the 8 h, 3 d and 7 d limits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Графика: време за отговор спрямо сроковете от 8 ч, 3 д и 7 д</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="53"/>
        <source>Replies by outcome, and what is overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговори по резултат и какво е просрочено в момента</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Replies by outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговори по резултат</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Given by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дадени от това звено</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="56"/>
        <source>Received from partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени от партньори</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Requests overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запитвания, просрочени в момента</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="57"/>
        <source>Reply owed by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор дължи</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="60"/>
        <source>Cases and outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи и резултати</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="61"/>
        <source>Cases opened and closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Открити и закрити случаи</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Outcomes recorded in the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати, отбелязани през периода</translation>
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
        <translation>Брой</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="62"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="63"/>
        <source>Cash found or carried, as reported in the messages exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Намерени или пренасяни пари в брой, както са посочени в обменените съобщения</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="64"/>
        <source>Cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвпадения при кръстосана проверка при пристигане</translation>
    </message>
    <message>
        <location filename="../../ui/page_monitoring.ui" line="65"/>
        <source>Cross-check hits found when messages arrived</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвпадения при кръстосана проверка, открити при пристигането на съобщения</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="59"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="87"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="226"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="240"/>
        <source>This office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това звено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="88"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="226"/>
        <source>Partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партньори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="113"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всички партниращи агенции</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="188"/>
        <source>Cannot compute the figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Данните не могат да бъдат изчислени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="192"/>
        <source>Computed at %1 UTC from this computer&apos;s cache alone (what this office sent and received); counts only, no personal data.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изчислено в %1 UTC само от кеша на този компютър (изпратеното и полученото от това звено); само бройки, без лични данни.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="200"/>
        <source>No requests or alerts in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма запитвания и сигнали за този период.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="213"/>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="232"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма запитвания за този период.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="220"/>
        <source>Total (each message once)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Общо (всяко съобщение веднъж)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="240"/>
        <source>Partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партньор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="243"/>
        <source>Nothing is overdue.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма просрочени.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="244"/>
        <source>Cases opened: %1 · closed: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Открити случаи: %1 · закрити: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="254"/>
        <source>No outcomes recorded in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма отбелязани резултати за този период.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="267"/>
        <source>received from partners: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>получени от партньори: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="268"/>
        <source>sent by this office: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изпратени от този офис: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="269"/>
        <source>%1 (cash subjects: %2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (обекти „пари в брой“: %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="275"/>
        <source>Cash found or carried, as reported in the messages exchanged — %1.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Намерени или пренасяни пари в брой, както са посочени в обменените съобщения — %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="277"/>
        <source>No cash reported in the messages exchanged in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В обменените през този период съобщения не са посочени пари в брой.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="280"/>
        <source>Against the watch lists: %1 · in the records held here: %2 · strong (notified): %3 · messages with a hit: %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спрямо списъците за наблюдение: %1 · в записите на този компютър: %2 · силни (с уведомление): %3 · съобщения със съвпадение: %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/monitoring.py" line="77"/>
        <source>No request, alert or reply was exchanged in this period. Each partner agency appears here with what was sent and received, how fast it was answered and what came of it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>През този период не е разменено запитване, сигнал или отговор. Тук се показва всяка партньорска агенция: какво е изпратено и получено, колко бързо е отговорено и какво е последвало.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="112"/>
        <source>Inbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Входящи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="115"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="114"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигнали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="113"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Очаква се отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="116"/>
        <source>Drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чернови</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="117"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изходящи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="119"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Указател</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="122"/>
        <source>Quarantine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Карантина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="123"/>
        <source>Audit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="125"/>
        <source>Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За преглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="118"/>
        <source>Check</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="120"/>
        <source>Monitoring</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="124"/>
        <source>Transfers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предавания на данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="121"/>
        <source>Operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Операции</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Immediate alert from {0}</source>
        <extracomment>emitted for every notification shown: (how, title, text); how = &quot;tray&quot; | &quot;banner&quot; the officer clicked the tray message: message id of the newest alert</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Незабавен сигнал от {0}</translation>
    </message>
    <message>
        <source>Urgent alert from {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Спешен сигнал от {0}</translation>
    </message>
    <message>
        <source>{0} new urgent alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Нови спешни сигнали: {0}</translation>
    </message>
    <message>
        <source>Newest, from {0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Най-новият, от {0}: {1}</translation>
    </message>
    <message>
        <source>Case {0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Случай {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="52"/>
        <source>%n new urgent alert(s)</source>
        <extracomment>emitted for every notification shown: (how, title, text); how = &quot;tray&quot; | &quot;banner&quot; the officer clicked the tray message: message id of the newest alert</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n нов спешен сигнал</numerusform>
            <numerusform>%n нови спешни сигнала</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="54"/>
        <source>Immediate alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Незабавен сигнал от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="55"/>
        <source>Urgent alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешен сигнал от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="66"/>
        <source>Open Liaison to read it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворете Liaison, за да го прочетете.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="76"/>
        <source>Liaison — %n unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Liaison — %n непрочетено</numerusform>
            <numerusform>Liaison — %n непрочетени</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="88"/>
        <source>Watch-list hit on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвпадение със списък за наблюдение при получаване</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="89"/>
        <source>%n cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n съвпадение от кръстосана проверка при получаване</numerusform>
            <numerusform>%n съвпадения от кръстосана проверка при получаване</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="91"/>
        <source>records on this laptop</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>записи на този компютър</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="92"/>
        <source>A subject of a message just received matches %1 (score %2). Open the message to see why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект от току-що полученото съобщение съвпада с %1 (оценка %2). Отворете съобщението, за да видите защо.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="96"/>
        <source>%n messages just received have subjects on a watch list or already held. Open them to see why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n току-що получено съобщение има обекти от списък за наблюдение или вече известни. Отворете го, за да видите защо.</numerusform>
            <numerusform>%n току-що получени съобщения имат обекти от списък за наблюдение или вече известни. Отворете ги, за да видите защо.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="98"/>
        <source>%1: %2 (score %3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1: %2 (оценка %3)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="33"/>
        <source>None</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без код</translation>
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
        <translation>Европол H2 (без по-нататъшно споделяне)</translation>
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
        <translation>Предложи съвместна операция</translation>
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
        <translation>напр. OP-HORGOS-26</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="104"/>
        <source>One objective a line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По една цел на ред</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="109"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Референция:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="110"/>
        <source>&amp;Title:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="111"/>
        <source>P&amp;artners:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;артньори:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="112"/>
        <source>&amp;Objectives:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Цели:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="113"/>
        <source>&amp;Handling:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Боравене:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="141"/>
        <source>Add a task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добави задача</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="141"/>
        <source>&amp;Add</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Добави</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="153"/>
        <source>&amp;Task:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="154"/>
        <source>&amp;For agency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;За службата:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="155"/>
        <source>D&amp;ue:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="156"/>
        <source>De&amp;tails:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Под&amp;робности:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="171"/>
        <source>Record a decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запиши решение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="172"/>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="199"/>
        <source>&amp;Record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Запиши</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="175"/>
        <source>e.g. controlled delivery at Horgoš on 12 March</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. контролирана доставка при Хоргош на 12 март</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="182"/>
        <source>&amp;Decision:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="183"/>
        <source>&amp;Decided on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Решено на:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="198"/>
        <source>Record an outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запиши резултат</translation>
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
        <translation>&amp;Колко:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="214"/>
        <source>&amp;On:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;На:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="215"/>
        <source>&amp;Note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Бележка:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operation_dialogs.py" line="216"/>
        <source>Cash and assets seized are recorded with their amount on the case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иззетите пари и имущество се записват със сумата им в случая.</translation>
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
        <translation>Приключена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="56"/>
        <source>Invited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поканена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="57"/>
        <source>Taking part</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Участва</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="58"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="65"/>
        <source>Declined</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="59"/>
        <location filename="../../liaison_app/gui/pages/operations.py" line="66"/>
        <source>Left</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттеглила се</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="60"/>
        <source>Not named</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е посочена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="68"/>
        <source>Consent to share with</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съгласие за споделяне с</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="69"/>
        <source>Shared item</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Споделен елемент</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="70"/>
        <source>Decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="71"/>
        <source>Task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="72"/>
        <source>Task done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задачата е изпълнена</translation>
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
        <translation>Отворена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="77"/>
        <source>Done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпълнена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="78"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочена</translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="107"/>
        <source>Joint operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвместни операции</translation>
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
        <translation>Прие&amp;ми</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="116"/>
        <source>Dec&amp;line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Откажи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="117"/>
        <source>Add &amp;task…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добави &amp;задача…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="118"/>
        <source>Mark task d&amp;one</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задачата е &amp;изпълнена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="119"/>
        <source>&amp;Decision…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Решение…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="120"/>
        <source>O&amp;utcome…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Р&amp;езултат…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референция</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="133"/>
        <source>You</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кога</translation>
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
        <translation>Промяна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="148"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="149"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="225"/>
        <source>Cannot show the operation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Операцията не може да бъде показана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="231"/>
        <source>Joint operation %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвместна операция %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="249"/>
        <source>Select an operation, or propose one to partner agencies.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете операция или предложете нова на партньорските служби.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="256"/>
        <source>Objectives:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цели:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="259"/>
        <source>Status: %1 · Lead: %2 · Handling: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Състояние: %1 · Водеща служба: %2 · Боравене: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="261"/>
        <source>none</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>няма</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="262"/>
        <source>Participants: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Участници: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="276"/>
        <source>%1 update(s) refused and kept aside: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отхвърлени промени, оставени настрана: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="287"/>
        <source>For %1, due %2: %3</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За %1, срок %2: %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="290"/>
        <source>%1 (%2 subject(s))</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (лица и обекти: %2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="300"/>
        <source>Not recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е записано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="356"/>
        <source>Choose a task</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете задача</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/operations.py" line="357"/>
        <source>Select the task in the timeline first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Първо изберете задачата в хронологията.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="75"/>
        <source>Record an outcome — %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отбелязване на резултат — %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_dialogs.py" line="121"/>
        <source>Check %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверете %1: %2</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../liaison_app/gui/models/paged.py" line="322"/>
        <source>%1 (cannot be sorted)</source>
        <extracomment>rows of the first page read before the rest of it is needed (a few screens) a page was read from the cache (offset, rows): lets tests count queries pages read only in part (number -&gt; rows still to read)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (не може да се сортира)</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="147"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="148"/>
        <source>Step 2 of 3: protects the keys on this computer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стъпка 2 от 3: защитава ключовете на този компютър.</translation>
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
        <translation>задоволителна</translation>
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
        <translation>силна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="164"/>
        <source>At least {0} characters; several words are best.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поне {0} знака; най-добре е няколко думи.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="167"/>
        <source>Too short: at least {0} characters.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Твърде кратка: поне {0} знака.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="169"/>
        <source>The two passphrases differ.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="171"/>
        <source>Strength: {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сила: {0}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="173"/>
        <source>Add another word or two to make it stronger.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добавете още една-две думи, за да стане по-силна.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="175"/>
        <source>Type it again below.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въведете я отново по-долу.</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="68"/>
        <source>Warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="82"/>
        <source>OK</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="88"/>
        <source>Copy details for IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Копиране на данни за ИТ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="92"/>
        <source>Copies the version, the time and where it went wrong (no case data) to the clipboard, to paste into a message to IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Копира версията, времето и мястото на грешката (без данни по случаи) в клипборда, за да ги поставите в съобщение до ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="105"/>
        <source>Copied. Paste the details into your message to IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Копирано. Поставете данните в съобщението си до ИТ отдела.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/problem_texts.py" line="44"/>
        <source>Wait %n second(s), then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Изчакайте %n секунда и опитайте отново.</numerusform>
            <numerusform>Изчакайте %n секунди и опитайте отново.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="48"/>
        <source>Cannot unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отключването не е възможно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="49"/>
        <source>Sync problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със синхронизацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="50"/>
        <source>Local cache problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с локалната база</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="54"/>
        <location filename="../../liaison_app/gui/problem_texts.py" line="66"/>
        <source>Re-enrolment needed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Необходима е нова регистрация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="58"/>
        <source>No profile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма профил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="62"/>
        <source>Not done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е изпълнено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="63"/>
        <source>Check the form</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверете формуляра</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="64"/>
        <source>Working offline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Работа без връзка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="70"/>
        <source>Set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зададено от ИТ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="71"/>
        <source>File problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с файл</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="72"/>
        <source>Something went wrong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нещо се обърка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="89"/>
        <source>The passphrase is not correct. Check it and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Паролата не е вярна. Проверете я и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="92"/>
        <source>Too many wrong passphrases.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Твърде много грешни пароли.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="95"/>
        <source>Liaison hit an unexpected problem and stopped that action. Your data is safe. Try again; if it happens again, choose “Copy details for IT” and send them to IT, mentioning the time ({0}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison срещна неочакван проблем и прекъсна това действие. Данните Ви са в безопасност. Опитайте отново; ако се повтори, изберете „Копиране на данни за ИТ“ и ги изпратете на ИТ отдела, като посочите часа ({0}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/problem_texts.py" line="101"/>
        <source>The hub is busy and asked Liaison to wait %n second(s). Your work is kept; Liaison tries again by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Централният възел е зает и поиска Liaison да изчака %n секунда. Работата Ви е запазена; Liaison ще опита отново сам.</numerusform>
            <numerusform>Централният възел е зает и поиска Liaison да изчака %n секунди. Работата Ви е запазена; Liaison ще опита отново сам.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="109"/>
        <source>This computer&apos;s keystore no longer holds the device secret for this profile (for example the profile was moved or the keystore was reset). Re-enrol or restore from backup; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хранилището за ключове на този компютър вече не съдържа тайната на устройството за този профил (например профилът е преместен или хранилището е нулирано). Регистрирайте се отново или възстановете от резервно копие; обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="113"/>
        <source>No secure keystore is available on this computer and your policy does not allow keeping the keys under the passphrase alone. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На този компютър няма защитено хранилище за ключове, а политиката Ви не позволява ключовете да се пазят само с парола. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="116"/>
        <source>The key file is damaged or has been altered, so it was not used. Restore it from backup or re-enrol; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файлът с ключове е повреден или променен, затова не беше използван. Възстановете го от резервно копие или се регистрирайте отново; обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="119"/>
        <source>The keys of this profile could not be opened. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ключовете на този профил не можаха да бъдат отворени. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="121"/>
        <source>No key file was found for this profile. Enrol this device with the provisioning file from IT, or restore the profile from backup.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е намерен файл с ключове за този профил. Регистрирайте това устройство с файла за настройка от ИТ отдела или възстановете профила от резервно копие.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="124"/>
        <source>The encrypted cache of this profile does not open with its keys. Restore the profile from backup or re-enrol; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифрованата локална база на този профил не се отваря с ключовете му. Възстановете профила от резервно копие или се регистрирайте отново; обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="127"/>
        <source>The cache was written by a newer version of Liaison. Install the current version (ask IT), then open it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Локалната база е записана от по-нова версия на Liaison. Инсталирайте текущата версия (попитайте ИТ отдела) и я отворете отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="130"/>
        <source>The local cache could not do that. Nothing was changed. Try again; if it happens again, contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Локалната база не можа да направи това. Нищо не е променено. Опитайте отново; ако се повтори, обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="133"/>
        <source>The hub cannot be reached. Liaison works offline: your work is kept and sent at the next sync. Check the network if this lasts.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел не е достъпен. Liaison работи без връзка: работата Ви е запазена и ще бъде изпратена при следващата синхронизация. Проверете мрежата, ако това продължи.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="136"/>
        <source>The hub is busy and asked Liaison to slow down. Your work is kept; Liaison tries again by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел е зает и поиска забавяне. Работата Ви е запазена; Liaison ще опита отново сам.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="139"/>
        <source>The hub no longer accepts this computer (it was revoked or is unknown). It must be enrolled again: contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел вече не приема този компютър (отменен е или е непознат). Трябва да бъде регистриран отново: обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="142"/>
        <source>The hub&apos;s identity did not match the one IT configured, so nothing was sent. Do not continue on this network; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Идентичността на централния възел не съвпада с настроената от ИТ отдела, затова нищо не е изпратено. Не продължавайте в тази мрежа; обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="145"/>
        <source>The hub refused the request. Your work is kept. Contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел отказа заявката. Работата Ви е запазена. Обърнете се към ИТ отдела, ако това се повтаря.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="148"/>
        <source>The hub answered something Liaison cannot accept, so it was not used. Your work is kept. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел отговори с нещо, което Liaison не може да приеме, затова то не беше използвано. Работата Ви е запазена. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="151"/>
        <source>IT has fixed this setting in the policy, so it cannot be changed here. Ask IT if it needs to change.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ИТ отделът е фиксирал тази настройка в политиката, затова не може да се промени тук. Попитайте ИТ отдела, ако трябва да се промени.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/problem_texts.py" line="154"/>
        <source>A file could not be read or written. Check that the disk is not full and that the folder can be written, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл не можа да бъде прочетен или записан. Проверете дали дискът не е пълен и дали в папката може да се пише, след което опитайте отново.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="26"/>
        <source>The envelope was damaged or not in Liaison&apos;s format, so it could not be read.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пликът е бил повреден или не е във формата на Liaison, затова не можа да бъде прочетен.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="28"/>
        <source>Ask the sender to send it again. If many arrive like this, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Помолете подателя да го изпрати отново. Ако пристигат много такива, уведомете ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="32"/>
        <source>It was sent by a newer version of Liaison than this one.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратен е от по-нова версия на Liaison от тази.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="34"/>
        <source>Ask IT to update Liaison on this computer; the sender can then send it again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Помолете ИТ отдела да обнови Liaison на този компютър; след това подателят може да го изпрати отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="38"/>
        <source>The sending device&apos;s signature on the envelope does not match: it may have been altered on the way.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписът на изпращащото устройство върху плика не съвпада: може да е бил променен по пътя.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="40"/>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="46"/>
        <source>Do not act on it. Tell IT, and ask the sender by another channel whether they sent something.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не предприемайте действия по него. Уведомете ИТ отдела и попитайте подателя по друг канал дали е изпратил нещо.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="44"/>
        <source>The officer&apos;s signature on the message does not match: it may have been altered.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписът на служителя върху съобщението не съвпада: може да е било променено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="50"/>
        <source>The envelope and the message inside it name different senders or recipients.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пликът и съобщението в него посочват различни податели или получатели.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="52"/>
        <source>Do not act on it. Tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не предприемайте действия по него. Уведомете ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="55"/>
        <source>It was not addressed to this device, so it cannot be opened here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е адресиран до това устройство, затова не може да бъде отворен тук.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="57"/>
        <source>Nothing to do unless it keeps happening; then tell IT (the directory may be out of date).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е нужно да правите нищо, освен ако не се повтаря; тогава уведомете ИТ отдела (указателят може да е остарял).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="61"/>
        <source>The sending device is not in your directory, so its signature cannot be checked.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпращащото устройство не е в указателя Ви, затова подписът му не може да бъде проверен.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="63"/>
        <source>Sync to refresh the directory. If it stays here, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизирайте, за да обновите указателя. Ако остане тук, уведомете ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="67"/>
        <source>The sending device was revoked (for example a lost laptop), so its messages are not accepted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпращащото устройство е отменено (например изгубен лаптоп), затова съобщенията му не се приемат.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="69"/>
        <source>Do not act on it. If you expected something from that officer, contact them by another channel.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не предприемайте действия по него. Ако сте очаквали нещо от този служител, свържете се с него по друг канал.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="73"/>
        <source>It arrived after its expiry time.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пристигна след изтичане на срока си.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="74"/>
        <source>Ask the sender to send it again if it is still needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Помолете подателя да го изпрати отново, ако все още е нужно.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="78"/>
        <source>The same envelope arrived again after it had been received: a copy, not a new message.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Същият плик пристигна отново, след като вече беше получен: копие, а не ново съобщение.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="80"/>
        <source>Nothing to do: the original was received. If many arrive like this, tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е нужно да правите нищо: оригиналът е получен. Ако пристигат много такива, уведомете ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="89"/>
        <source>Liaison refused this envelope.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison отказа този плик.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/quarantine.py" line="90"/>
        <source>Tell IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уведомете ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="54"/>
        <source>Envelopes that failed a check when they arrived. They were not opened or filed as messages, and nothing in them is shown; they are kept for IT to examine.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пликове, които не са преминали проверка при пристигането си. Не са отворени и не са записани като съобщения, а съдържанието им не се показва; пазят се за преглед от ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="63"/>
        <source>Why it was refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Защо е отказан</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="80"/>
        <source>Nothing is in quarantine. When a received envelope fails a check (damaged, a signature that does not match, a sender not in your directory), it is kept here unopened, with the reason and what to do.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В карантината няма нищо. Когато получен плик не премине проверка (повреден, несъвпадащ подпис, подател извън указателя Ви), той се пази тук неотворен, с причината и какво да направите.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="88"/>
        <source>Select an envelope to see why it was refused and what to do.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете плик, за да видите защо е отказан и какво да направите.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="97"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="98"/>
        <source>What happened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво се случи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="99"/>
        <source>What to do</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво да направите</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="100"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="102"/>
        <source>Envelope</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Плик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/quarantine.py" line="103"/>
        <source>Technical detail for IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Технически данни за ИТ</translation>
    </message>
</context>
<context>
    <name>ReasonFields</name>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="45"/>
        <source>Choose the legal basis…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете правното основание…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/disclosure_reason.py" line="51"/>
        <source>Optional: the last reason given in the case is recorded otherwise</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По избор: иначе се записва последното основание, дадено в случая</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="330"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="336"/>
        <source>Only a message you sent can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да се оттегли само съобщение, което сте изпратили.</translation>
    </message>
</context>
<context>
    <name>RecallForm</name>
    <message>
        <location filename="../../ui/recall.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оригинално съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="19"/>
        <source>Recipients are told without delay that data you sent was incorrect or should not have been sent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получателите се уведомяват незабавно, че изпратените от Вас данни са неточни или не е трябвало да бъдат изпращани.</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="24"/>
        <source>R&amp;ectify: the data was incorrect; corrected data follows</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Коригиране: данните са неточни; следват коригираните данни</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="26"/>
        <source>Rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Коригиране</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="31"/>
        <source>&amp;Withdraw: stop using the data and erase it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Оттегляне: спрете да използвате данните и ги изтрийте</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="32"/>
        <source>Withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="39"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="45"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="54"/>
        <source>Problem with reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с причината</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="59"/>
        <source>&amp;Corrected data or note:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ко&amp;ригирани данни или бележка:</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="65"/>
        <source>Corrected data or note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Коригирани данни или бележка</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="74"/>
        <source>Problem with corrected data or note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с коригираните данни или бележката</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="84"/>
        <source>Problem with the recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с оттеглянето</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="97"/>
        <location filename="../../ui/recall.ui" line="99"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="104"/>
        <source>&amp;Sign and queue recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване &amp;и поставяне на оттеглянето в опашката</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="106"/>
        <source>Sign and queue recall (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне на оттеглянето в опашката (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/recall.ui" line="107"/>
        <source>Sign and queue recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне на оттеглянето в опашката</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="249"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="255"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да се отговори само на съобщение, което сте получили.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="262"/>
        <source>The information requested is given.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исканата информация е предоставена.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="263"/>
        <source>Part of it is given; say what is missing and why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предоставена е част от нея; посочете какво липсва и защо.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="264"/>
        <source>The request is refused; give the grounds (refusals are recorded, Directive (EU) 2023/977 Art. 16).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искането е отказано; посочете основанията (отказите се записват, Директива (ЕС) 2023/977, чл. 16).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="266"/>
        <source>More detail is needed before answering; say what is needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преди отговора са необходими повече подробности; посочете какво е необходимо.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="270"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="271"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Частично предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="272"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="273"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поискано пояснение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="292"/>
        <source>&amp;Reason (required):</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Причина (задължително):</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="293"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <location filename="../../ui/reply.ui" line="13"/>
        <source>Original message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оригинално съобщение</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="20"/>
        <source>&amp;Outcome:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Резултат:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="26"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="34"/>
        <source>Problem with outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с резултата</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="41"/>
        <source>Outcome meaning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Значение на резултата</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="46"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="52"/>
        <source>Required when refusing or asking for clarification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задължително при отказ или искане на пояснение</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="53"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="62"/>
        <source>Problem with reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с причината</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="67"/>
        <source>Reply &amp;text:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Текст на отговора:</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="73"/>
        <source>Reply text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текст на отговора</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="82"/>
        <source>Problem with reply text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с текста на отговора</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="92"/>
        <source>Problem with the reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с отговора</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="105"/>
        <location filename="../../ui/reply.ui" line="107"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="112"/>
        <source>&amp;Sign and queue reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване &amp;и поставяне на отговора в опашката</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="114"/>
        <source>Sign and queue reply (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне на отговора в опашката (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/reply.ui" line="115"/>
        <source>Sign and queue reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне на отговора в опашката</translation>
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
        <translation>Условия: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="68"/>
        <source>Conditions: %1 …</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Условия: %1 …</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="71"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="308"/>
        <source>Not to be passed on without the provider&apos;s consent.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не се предава без съгласието на предоставящия.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="75"/>
        <source>Also in this file: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Също в това досие: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="85"/>
        <source>no handling code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>без код за боравене</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="92"/>
        <source>HANDLING — highest in this file: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>БОРАВЕНЕ — най-високият код в това досие: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="100"/>
        <source>%1 message(s) carry no handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 съобщения без код за боравене.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="106"/>
        <source>No message in this file carries a handling code; handle it under your agency&apos;s rules for law-enforcement information.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нито едно съобщение в това досие няма код за боравене; боравете съгласно правилата на агенцията си за правоохранителна информация.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="124"/>
        <source>Case hand-over file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досие на случай за предаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="126"/>
        <source>1. Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1. Резюме</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="131"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="203"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="132"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="133"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид престъпност</translation>
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
        <translation>Открит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="136"/>
        <source>Closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закрит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="137"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="139"/>
        <source>Messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="140"/>
        <source>%1 reproduced in full (section 7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, изцяло (раздел 7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="144"/>
        <source>; %1 acknowledgement(s) not reproduced</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>; %1 потвърждения не са възпроизведени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="151"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субекти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="152"/>
        <source>Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="153"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="158"/>
        <source>Issued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издадено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="161"/>
        <source>By</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="162"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="55"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="63"/>
        <source>Agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Агенция</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="163"/>
        <source>Device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="164"/>
        <source>At</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="165"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="167"/>
        <source>Verification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="168"/>
        <source>The file is signed by the issuing officer&apos;s device: its signature is the file of the same name ending in .sig. Check both with: liaison report verify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файлът е подписан от устройството на издаващия служител: подписът е файлът със същото име и окончание .sig. Проверете двата с: liaison report verify</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="182"/>
        <source>2. Handling of this file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>2. Боравене с това досие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="184"/>
        <source>The conditions set by the providers travel with the information and bind every recipient of this file. Each message in section 7 shows its own grading and handling; the banner on every page shows the highest.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Условията, поставени от предоставящите, следват информацията и обвързват всеки получател на това досие. Всяко съобщение в раздел 7 показва собствената си оценка и боравене; лентата на всяка страница показва най-високия код.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="198"/>
        <source>3. References in other systems</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>3. Номера в други системи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="200"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="213"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="286"/>
        <source>None recorded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нищо не е записано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="203"/>
        <source>System</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="211"/>
        <source>4. Outcomes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>4. Резултати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="217"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="218"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="124"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="251"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="268"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="64"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="219"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="253"/>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="65"/>
        <source>Count</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брой</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="220"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="271"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="288"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="221"/>
        <source>Note</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="233"/>
        <source>5. Timeline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>5. Хронология</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="237"/>
        <source>Case opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаят е открит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="239"/>
        <source>Case closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаят е закрит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="242"/>
        <source>Outcome: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="248"/>
        <source>received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="250"/>
        <source>sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="258"/>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="259"/>
        <source>Event</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Събитие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="260"/>
        <source>Partner</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партньор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="261"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="284"/>
        <source>6. Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>6. Субекти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="293"/>
        <location filename="../../liaison_app/reports/case_pdf.py" line="303"/>
        <source>none given</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е посочено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="317"/>
        <source>%1. %2 — received %3 from %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1. %2 — получено %3 от %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="323"/>
        <source>%1. %2 — sent %3 to %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1. %2 — изпратено %3 до %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="337"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="338"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Боравене</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="339"/>
        <source>Message id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ID на съобщението</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="340"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="341"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="342"/>
        <source>Signed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="345"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="347"/>
        <source>Reply due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок за отговор</translation>
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
        <translation>В отговор на</translation>
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
        <translation>(без текст)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="360"/>
        <source>Subjects carried by this message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субекти в това съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="370"/>
        <source>7. Messages, oldest first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>7. Съобщения, от най-старото</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="372"/>
        <source>None.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="394"/>
        <source>… the rest of the handling conditions: section 2 of this file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>… останалите условия за боравене: раздел 2 от това досие.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="420"/>
        <source>Case hand-over file %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досие на случай за предаване %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="440"/>
        <source>End of the hand-over file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Край на досието за предаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="446"/>
        <source>Handling: %1 (conditions in the header) · Case %2 · issued by %3 (%4), %5 · %6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Боравене: %1 (условията в горния колонтитул) · Случай %2 · издал %3 (%4), %5 · %6</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/case_pdf.py" line="483"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="440"/>
        <source>Page %1 of %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Страница %1 от %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="34"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всички партниращи агенции</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="41"/>
        <source>Monitoring the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мониторинг на съвместните действия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="43"/>
        <source>Figures for the working group, with the method used to compute them.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Данни за работната група, с метода, по който са изчислени.</translation>
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
        <translation>Партнираща агенция</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="54"/>
        <source>Issued by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="56"/>
        <source>Computed at</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изчислено</translation>
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
        <translation type="vanished">Метод за мониторинг на Liaison %1 (раздел 8)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="64"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="65"/>
        <source>Included: the annex names subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Включено: приложението посочва субектите</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="67"/>
        <source>None: counts only</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма: само бройки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="76"/>
        <source>1. Requests, alerts and replies exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1. Обменени запитвания, сигнали и отговори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="80"/>
        <source>Requests sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратени запитвания</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="81"/>
        <source>Requests received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени запитвания</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="82"/>
        <source>Alerts sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратени сигнали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="83"/>
        <source>Alerts received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени сигнали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="84"/>
        <source>Replies sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратени отговори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="85"/>
        <source>Replies received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени отговори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="109"/>
        <source>Total (each message once)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Общо (всяко съобщение веднъж)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="112"/>
        <source>Requests and alerts per partner agency and month (both ways)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запитвания и сигнали по партнираща агенция и месец (в двете посоки)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="121"/>
        <source>2. Replies by outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>2. Отговори по резултат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="125"/>
        <source>Given by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дадени от това звено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="126"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="298"/>
        <source>Received from partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени от партньори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="136"/>
        <source>This office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това звено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="138"/>
        <source>Partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партньори</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="143"/>
        <source>3. Response times against the legal limits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>3. Време за отговор спрямо законовите срокове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="145"/>
        <source>Directive (EU) 2023/977 Art. 5: urgent with information directly available 8 hours, urgent with information indirectly available 3 calendar days, any other request 7 calendar days.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Директива (ЕС) 2023/977, чл. 5: спешно при пряко достъпна информация 8 часа, спешно при непряко достъпна информация 3 календарни дни, всяко друго запитване 7 календарни дни.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="155"/>
        <source>Answered by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговорил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="156"/>
        <source>Urgency (limit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешност (срок)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="157"/>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="220"/>
        <source>Requests</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запитвания</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="158"/>
        <source>Answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>С отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="159"/>
        <source>Median</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="160"/>
        <source>90th percentile</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>90-и процентил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="161"/>
        <source>Late</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Със закъснение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="162"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="163"/>
        <source>Pending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изчакващи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="164"/>
        <source>Within the limit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="184"/>
        <source>No requests in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма запитвания за този период.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="186"/>
        <source>Requests answered by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запитвания с отговор от това звено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="187"/>
        <source>Requests answered by partners</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запитвания с отговор от партньорите</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="190"/>
        <source>%1: time to the first reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1: време до първия отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="205"/>
        <source>4. Overdue now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>4. Просрочени в момента</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="207"/>
        <source>Requests of the period without a reply and past their limit at %1.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запитвания от периода без отговор и с изтекъл срок към %1.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="214"/>
        <source>Nothing is overdue.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма просрочени.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="219"/>
        <source>Reply owed by</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор дължи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="236"/>
        <source>5. Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>5. Случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="239"/>
        <source>Cases opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Открити случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="240"/>
        <source>Cases closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Закрити случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="245"/>
        <source>6. Outcomes of the joint action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>6. Резултати от съвместните действия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="247"/>
        <source>No outcomes recorded in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма отбелязани резултати за този период.</translation>
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
        <translation>7. Иззети суми (по валута, никога сумирани между валути)</translation>
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
        <translation>Приложение: случаите за периода и техните субекти (лични данни)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="335"/>
        <source>Included at the issuing officer&apos;s request; the export is recorded in the audit log with its justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Включено по искане на издаващия служител; износът е записан в одитния дневник с обосновката.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="346"/>
        <source>No subjects recorded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма записани субекти.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="372"/>
        <source>Liaison monitoring report %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доклад за мониторинг на Liaison %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="381"/>
        <source>Contains personal data (annex): handle under your data-protection rules</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съдържа лични данни (приложение): боравете съгласно правилата си за защита на данните</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="385"/>
        <source>Aggregate figures — no personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обобщени данни — без лични данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="387"/>
        <source>Liaison — Monitoring report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Доклад за мониторинг</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="390"/>
        <source>Issued by %1 (%2), %3 · computed %4 · verify with the signature beside this file: liaison report verify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издал %1 (%2), %3 · изчислено %4 · проверете с подписа до този файл: liaison report verify</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="98"/>
        <source>%1 d %2 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/texts.py" line="100"/>
        <source>%1 h %2 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 ч %2 мин</translation>
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
        <translation>%1 % (%2 от %3)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="59"/>
        <source>Liaison monitoring method %1 (section 9)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Метод за мониторинг на Liaison %1 (раздел 9)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="279"/>
        <source>Cash found or carried, as reported in the messages exchanged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Намерени или пренасяни пари в брой, както са посочени в обменените съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="285"/>
        <source>Reported in messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочени в съобщенията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="287"/>
        <source>Cash subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти „пари в брой“</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="300"/>
        <source>Sent by this office</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратени от този офис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="305"/>
        <source>8. Cross-check hits on arrival</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>8. Съвпадения при кръстосана проверка при пристигане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="309"/>
        <source>Hits against the watch lists</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвпадения със списъците за наблюдение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="310"/>
        <source>Hits in the records held here</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвпадения в записите на този компютър</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="311"/>
        <source>Strong hits (the officer was notified)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Силни съвпадения (служителят е уведомен)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/monitoring_pdf.py" line="312"/>
        <source>Messages with a hit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения със съвпадение</translation>
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
        <translation>поканена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="17"/>
        <source>taking part</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>участва</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="18"/>
        <source>declined</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отказала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="19"/>
        <source>left</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>оттеглила се</translation>
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
        <translation>приключена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="30"/>
        <source>9. Joint operations</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>9. Съвместни операции</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="31"/>
        <source>Computed from each operation&apos;s shared record of signed updates: every participant&apos;s report shows the same figures.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изчислено от общия запис на подписаните промени на всяка операция: отчетът на всеки участник показва същите цифри.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="45"/>
        <source>Lead, status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Водеща служба, състояние</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="47"/>
        <source>Participants</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Участници</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="48"/>
        <source>Objectives</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="49"/>
        <source>Tasks</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="49"/>
        <source>%1 in all, %2 done, %3 overdue on %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>общо %1, изпълнени %2, просрочени %3 към %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="53"/>
        <source>Decisions</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="54"/>
        <source>Agreement after</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приемане след</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="55"/>
        <source>Tasks done after</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задачи изпълнени след</translation>
    </message>
    <message>
        <location filename="../../liaison_app/reports/operation_pdf.py" line="61"/>
        <source>All agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всички служби</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="46"/>
        <source>This quarter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текущото тримесечие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="47"/>
        <source>Last quarter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предходното тримесечие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="48"/>
        <source>This year</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Текущата година</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="49"/>
        <source>Last year</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предходната година</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="50"/>
        <source>Last 12 months</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последните 12 месеца</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="51"/>
        <source>Chosen dates</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Избрани дати</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="80"/>
        <source>Report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доклад</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="81"/>
        <source>Make a report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изготвяне на доклад</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="106"/>
        <source>Make &amp;report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изготви &amp;доклад</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="133"/>
        <source>All partner agencies</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всички партниращи агенции</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="141"/>
        <source>PDF (charts, for the meeting)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PDF (графики, за срещата)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="142"/>
        <source>CSV (figures, for a spreadsheet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>CSV (данни, за електронна таблица)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="188"/>
        <source>Required: why it is exported, and to whom</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Задължително: защо се изнася и на кого</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="191"/>
        <source>The file holds personal data. It is signed by this device and the export is written to the audit log with your justification.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файлът съдържа лични данни. Подписан е от това устройство, а износът се записва в одитния дневник с вашата обосновка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="195"/>
        <source>Optional: e.g. working group meeting of 15 April</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По избор: напр. среща на работната група на 15 април</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="197"/>
        <source>The report holds counts only, no personal data. It is signed by this device and the export is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Докладът съдържа само бройки, без лични данни. Подписан е от това устройство, а износът се записва в одитния дневник.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="215"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>PDF файлове (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="216"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>CSV файлове (*.csv)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="217"/>
        <source>Save the report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване на доклада</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="235"/>
        <source>Choose where to save the report.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете къде да се запази докладът.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="255"/>
        <source>Drawing the report…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изготвяне на доклада…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="261"/>
        <source>The profile locked while the report was drawn; nothing was saved.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профилът се заключи по време на изготвянето на доклада; нищо не е запазено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="271"/>
        <source>Saved %1 and its signature %2. The export is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазено: %1 и подписът му %2. Износът е в одитния дневник.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="278"/>
        <source>The report could not be drawn: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Докладът не можа да бъде изготвен: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/report_dialog.py" line="328"/>
        <source>Choose the case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете случая.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../ui/report_dialog.ui" line="9"/>
        <source>&amp;Monitoring report for the working group</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доклад за &amp;мониторинг за работната група</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="11"/>
        <source>Monitoring report</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доклад за мониторинг</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="16"/>
        <source>Figures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Данни</translation>
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
        <translation>О&amp;т:</translation>
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
        <translation>Първи ден от периода</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="24"/>
        <source>&amp;to:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>д&amp;о:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="25"/>
        <source>Last day of the period</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последен ден от периода</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="28"/>
        <source>P&amp;artner:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;артньор:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="29"/>
        <source>Partner agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Партнираща агенция</translation>
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
        <translation>Формат на файла</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="32"/>
        <source>&amp;Name the subjects in an annex (personal data: needs a justification)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочи субектите &amp;в приложение (лични данни: нужна е обосновка)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="32"/>
        <source>Name the subjects in an annex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочи субектите в приложение</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="38"/>
        <source>&amp;Hand-over file of a case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досие &amp;на случай за предаване</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="39"/>
        <source>Hand-over file of a case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Досие на случай за предаване</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="44"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="46"/>
        <source>&amp;Case:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Случай:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="47"/>
        <source>Case reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер на случая</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="53"/>
        <source>&amp;Justification:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обоснов&amp;ка:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="54"/>
        <source>Justification for the export</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обосновка на износа</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="55"/>
        <source>&amp;Save to:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Запази в:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="58"/>
        <source>File to save the report to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл, в който се запазва докладът</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="59"/>
        <source>&amp;Browse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;реглед…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="59"/>
        <source>Choose the file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете файла</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="68"/>
        <source>What the export records</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво записва износът</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="74"/>
        <source>Progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Напредък</translation>
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
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="281"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="283"/>
        <source>Lift a restriction</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отмяна на ограничение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="284"/>
        <source>&amp;Lift</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="285"/>
        <source>Show %1 %2 — %3 again in the lists and in search</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Покажи отново %1 %2 — %3 в списъците и търсенето</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="287"/>
        <source>Restrict instead of erasing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничаване вместо изтриване</translation>
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
        <translation>Ограничи %1 %2 — %3: пази се като доказателство, скрито от списъците и търсенето, никога не се изтрива автоматично (случаят включва съобщенията и обектите си)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="307"/>
        <source>Shown again: %1 %2. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отново показано: %1 %2. Вашата причина е в одитния дневник.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="311"/>
        <source>Restricted %1 %2: kept for evidence and hidden. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничено: %1 %2, пази се като доказателство и е скрито. Вашата причина е в одитния дневник.</translation>
    </message>
</context>
<context>
    <name>ReviewEraseForm</name>
    <message>
        <location filename="../../ui/review_erase.ui" line="13"/>
        <source>Record to erase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запис за изтриване</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="20"/>
        <source>Erasure removes the record from this computer and cannot be undone. Your reason is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриването премахва записа от този компютър и е необратимо. Основанието Ви се записва в одитния журнал.</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="26"/>
        <source>Also erase the messages that carry this subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване и на съобщенията, които съдържат този обект</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="31"/>
        <source>&amp;Reason for erasure:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Основание за изтриване:</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="37"/>
        <source>e.g. no longer needed: enquiry closed without charge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. вече не е необходимо: проверката е приключена без повдигане на обвинение</translation>
    </message>
    <message>
        <location filename="../../ui/review_erase.ui" line="39"/>
        <source>Reason for erasure</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основание за изтриване</translation>
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
        <translation>Запис за запазване</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="20"/>
        <source>Keep the record only where it is still needed, for example as evidence. It comes back for review on the new date. Your reason is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазете записа само ако все още е необходим, например като доказателство. Той ще бъде отново за преглед на новата дата. Основанието Ви се записва в одитния журнал.</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="27"/>
        <source>Keep &amp;until:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване &amp;до:</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="35"/>
        <source>New review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нова дата за преглед</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="40"/>
        <source>&amp;Reason:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="46"/>
        <source>e.g. evidence for proceedings at Belgrade court</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. доказателство в производство пред съд в Белград</translation>
    </message>
    <message>
        <location filename="../../ui/review_keep.ui" line="48"/>
        <source>Reason for keeping the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основание за запазване на записа</translation>
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
            <numerusform>%n запис за преглед</numerusform>
            <numerusform>%n записа за преглед</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="136"/>
        <source>Nothing is due for review.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма записи за преглед.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="170"/>
        <source>Due today</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срокът е днес</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="171"/>
        <source>%n day(s) overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Просрочено с %n ден</numerusform>
            <numerusform>Просрочено с %n дни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="174"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="175"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект</translation>
    </message>
    <message>
        <source>A whole case cannot be erased here. Keep it with a reason, or press Enter to open the case and review its subjects and messages.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Цял случай не може да бъде изтрит тук. Запазете го с посочено основание или натиснете Enter, за да отворите случая и да прегледате обектите и съобщенията му.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="246"/>
        <source>No message carries this subject.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нито едно съобщение не съдържа този обект.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="247"/>
        <source>%n message(s) carry this subject: erasing it means erasing them too.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n съобщение съдържа този обект: изтриването му означава изтриване и на съобщението.</numerusform>
            <numerusform>%n съобщения съдържат този обект: изтриването му означава изтриване и на тях.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="11"/>
        <source>Records due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи за преглед</translation>
    </message>
    <message>
        <source>Personal data is reviewed when its review date comes. Keep a record until a new review date, or erase it. Each decision is written to the audit log with your reason.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Личните данни се преглеждат, когато настъпи датата за преглед. Запазете записа до нова дата за преглед или го изтрийте. Всяко решение се записва в одитния журнал заедно с основанието Ви.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="34"/>
        <source>How many records are due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брой записи за преглед</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="51"/>
        <source>&amp;Keep until…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Запазване до…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="52"/>
        <source>Keep the selected record until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване на избрания запис до нова дата за преглед</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="58"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изтриване…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="59"/>
        <source>Erase the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване на избрания запис</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="75"/>
        <source>Records due for review, oldest review date first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи за преглед, първо тези с най-ранна дата</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="80"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="81"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="82"/>
        <source>Label</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Означение</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="83"/>
        <source>Review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на преглед</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="84"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="91"/>
        <source>About the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За избрания запис</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="98"/>
        <source>Last decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последно решение</translation>
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
            <numerusform>%n ограничени записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="157"/>
        <source>Policy: records %1 days past their review date are erased only when you confirm; %n wait for you.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Правило: записите %1 дни след датата за преглед се изтриват само когато потвърдите; %n чака вас.</numerusform>
            <numerusform>Правило: записите %1 дни след датата за преглед се изтриват само когато потвърдите; %n чакат вас.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="160"/>
        <source>Policy: records %1 days past their review date are erased automatically (at unlock and daily) unless kept or restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правило: записите %1 дни след датата за преглед се изтриват автоматично (при отключване и всеки ден), освен ако не са запазени или ограничени.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="164"/>
        <source>Last run %1: %n erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Последно изпълнение %1: изтрит %n.</numerusform>
            <numerusform>Последно изпълнение %1: изтрити %n.</numerusform>
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
        <translation>Съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="175"/>
        <source>Draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чернова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="218"/>
        <source>&amp;Lift restriction…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отмени ограничението…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="219"/>
        <location filename="../../ui/page_review.ui" line="65"/>
        <source>&amp;Restrict…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Ограничи…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="223"/>
        <source>Restricted on %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничено на %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="227"/>
        <source>Erasing a case erases the messages and subjects filed only in it. Press Enter to open the case and review them first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриването на случай изтрива съобщенията и обектите, заведени само в него. Натиснете Enter, за да отворите случая и първо да ги прегледате.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="230"/>
        <source>A message filed in no case.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщение, което не е заведено в нито един случай.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="233"/>
        <source>A draft nobody has edited since; reopen it from Drafts to go on with it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чернова, която никой не е редактирал оттогава; отворете я от Чернови, за да продължите.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="19"/>
        <source>Personal data is reviewed when its review date comes. Keep a record until a new review date, erase it, or restrict it (kept for evidence, hidden from the lists and search). Each decision is written to the audit log with your reason.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Личните данни се преглеждат, когато настъпи датата за преглед. Запазете записа до нова дата, изтрийте го или го ограничете (пази се като доказателство, скрито от списъците и търсенето). Всяко решение се записва в одитния дневник с вашата причина.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="26"/>
        <source>Automatic erasure under the retention policy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Автоматично изтриване по правилото за съхранение</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="44"/>
        <source>Show re&amp;stricted</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Покажи о&amp;граничените</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="45"/>
        <source>Records kept for evidence instead of being erased</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи, пазени като доказателство вместо да бъдат изтрити</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="46"/>
        <source>Show the restricted records instead</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Покажи вместо това ограничените записи</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="66"/>
        <source>Keep it for evidence: hidden from the lists and from search, never erased automatically</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазете като доказателство: скрито от списъците и търсенето, никога не се изтрива автоматично</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="67"/>
        <source>Restrict the selected record instead of erasing it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ограничи избрания запис вместо изтриване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="95"/>
        <source>Nothing is due for review. Cases and subjects whose review date has come appear here: keep each one longer with a reason, or erase it.</source>
        <extracomment>the list was re-read: how many records are due a decision was made and audited (what was done, in words) refreshed by the shell on ctx.data_changed (when shown, or when next shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма нищо за преглед. Тук се появяват случаите и обектите, чиято дата за преглед е настъпила: запазете всеки по-дълго с причина или го изтрийте.</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../../ui/page_search.ui" line="7"/>
        <source>What the search found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати от търсенето</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="12"/>
        <source>Search results: cases, messages and subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати от търсенето: случаи, съобщения и обекти</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="14"/>
        <source>Found</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Намерено</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="15"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="20"/>
        <source>Subject details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности за обекта</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.ui" line="21"/>
        <source>Press Enter on a subject to see its details.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Натиснете Enter върху обект, за да видите подробностите.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="56"/>
        <source>Search results</source>
        <extracomment>a subject&apos;s details are on screen (its ref)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати от търсенето</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="94"/>
        <source>Search failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Търсенето е неуспешно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="98"/>
        <source>Cases (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="101"/>
        <source>%1 messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="103"/>
        <source>Messages (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="108"/>
        <source>Subjects (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="111"/>
        <source>personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>лични данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="147"/>
        <source>Nothing found for “%1”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма резултати за „%1“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="150"/>
        <source>“%1”: %2 cases, %3 messages, %4 subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„%1“: случаи %2, съобщения %3, обекти %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/search.py" line="113"/>
        <source>in %n message(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>в %n съобщение</numerusform>
            <numerusform>в %n съобщения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="159"/>
        <source>Message %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщение %1</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="213"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Можете да отговорите само на съобщение, което сте получили.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="214"/>
        <source>Only a message you received can be acknowledged.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Можете да потвърдите само съобщение, което сте получили.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="215"/>
        <source>Only a message you sent can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Можете да отзовете само съобщение, което сте изпратили.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="216"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Могат да се препращат само запитвания и сигнали.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="217"/>
        <source>Give a reason for opening this record (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете причина за отварянето на този запис (поне няколко думи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="219"/>
        <source>This device is not enrolled yet, so there is no directory of recipients. Connect and finish enrolment first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това устройство още не е регистрирано, затова няма указател на получателите. Първо се свържете и завършете регистрацията.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="222"/>
        <source>There is no message {message_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В този профил няма съобщение {message_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="223"/>
        <source>A Liaison profile already exists at {path}. Open it, or choose another profile directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профил на Liaison вече съществува в {path}. Отворете го или изберете друга папка за профила.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="225"/>
        <source>The hub did not list this device as active after enrolment. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>След регистрацията централният възел не посочи това устройство като активно. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="227"/>
        <source>The hub answered with a directory that does not verify ({problem}). Do not use this hub; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел отговори с указател, който не преминава проверката ({problem}). Не използвайте този възел; обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="229"/>
        <source>No key file was found for this profile. Enrol this device or restore from backup; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е намерен файл с ключове за този профил. Регистрирайте това устройство или възстановете от резервно копие; обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="231"/>
        <source>{count} message(s) still carry this subject. Erase those messages together with it, or keep the subject longer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брой съобщения, които още съдържат този обект: {count}. Изтрийте тези съобщения заедно с него или запазете обекта по-дълго.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="234"/>
        <source>Give the reason for this retention decision (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете причината за това решение за съхранение (поне няколко думи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="236"/>
        <source>The new review date must be in the future.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Новата дата за преглед трябва да е в бъдещето.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="237"/>
        <source>There is no subject {subject_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В този профил няма обект {subject_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="251"/>
        <source>A check is a consultation of personal data: give the reason for it (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверката е справка с лични данни: посочете причината (поне няколко думи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="253"/>
        <source>A message carries at most {count} attachments.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението носи най-много {count} прикачени файла.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="254"/>
        <source>An attachment does not verify ({detail}); not forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прикачен файл не преминава проверката ({detail}); не е препратено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="256"/>
        <source>Cannot read {name} ({error}). Check the file and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} не може да бъде прочетен ({error}). Проверете файла и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="258"/>
        <source>Cannot write {path} ({error}); choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{path} не може да бъде записан ({error}); изберете друго място.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="259"/>
        <source>Case {case_ref} already has the {system} reference {reference}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай {case_ref} вече има {system} препратка {reference}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="261"/>
        <source>Case {case_ref} already has {count} references; remove one first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай {case_ref} вече има {count} препратки; първо премахнете една.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="263"/>
        <source>Case {case_ref} has no {system} reference {reference}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай {case_ref} няма {system} препратка {reference}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="265"/>
        <source>Case {case_ref} is restricted (kept for evidence); it is listed under Review due, Restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай {case_ref} е ограничен (пази се като доказателство); посочен е в За преглед, Ограничени.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="267"/>
        <source>Could not write the report to {path} ({error}). Nothing was exported; choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Докладът не може да бъде записан в {path} ({error}). Нищо не е изнесено; изберете друго място.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="269"/>
        <source>Download the attachments first ({names}); a forward carries them.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Първо изтеглете прикачените файлове ({names}); препращането ги носи.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="271"/>
        <source>Give something to check: a name, a plate with its country, a document number, an MRZ or a phone number.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въведете какво да се провери: име, регистрационен номер с държавата, номер на документ, MRZ или телефонен номер.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="273"/>
        <source>Give the justification for this export (a few words at least): it is written to the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете основанието за този износ (поне няколко думи): записва се в одитния дневник.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="275"/>
        <source>Give the plate&apos;s country too (--country), e.g. BG or RS: plates are read by the rules of their country.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете и държавата на номера (--country), напр. BG или RS: номерата се четат по правилата на своята държава.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="277"/>
        <source>Give the reason for exporting the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете причината за износа на одитния дневник.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="278"/>
        <source>Give the reason for exporting the transfer record.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете причината за износа на регистъра на предаванията.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="279"/>
        <source>Give the reason for saving this attachment outside Liaison (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете причината да запазите този файл извън Liaison (поне няколко думи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="281"/>
        <source>MRZ not accepted: {error}. Check the characters against the document (0 and O, 1 and I, 5 and S are easily confused).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>MRZ не е приет: {error}. Сверете знаците с документа (0 и O, 1 и I, 5 и S лесно се объркват).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="284"/>
        <source>Message {message_id} has no attachment {attachment_id}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщение {message_id} няма прикачен файл {attachment_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="286"/>
        <source>Only a case, a subject or a message can be restricted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да се ограничи само случай, субект или съобщение.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="288"/>
        <source>Only a case, a subject or a message has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата за преглед има само случай, субект или съобщение.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="290"/>
        <source>Only a request, an alert, a reply or a case share can be recalled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да се оттегли само запитване, сигнал, отговор или споделяне на случай.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="292"/>
        <source>Say why the outcome is removed (a few words at least).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете защо резултатът се премахва (поне няколко думи).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="294"/>
        <source>That record is not restricted; nothing to lift.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този запис не е ограничен; няма какво да се отмени.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="295"/>
        <source>The annex names subjects (personal data): give the justification for exporting it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приложението посочва субекти (лични данни): посочете основанието за износа му.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="297"/>
        <source>The audit log is exported as {formats}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одитният дневник се изнася като {formats}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="298"/>
        <source>The encrypted copy of {name} is gone.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифрованото копие на {name} вече го няма.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="299"/>
        <source>The encrypted copy of {name} is missing from this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифрованото копие на {name} липсва в този профил.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="301"/>
        <source>The encrypted copy of {name} is missing; attach the file again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Шифрованото копие на {name} липсва; прикачете файла отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="303"/>
        <source>The end of the period is before its start.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Краят на периода е преди началото му.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="304"/>
        <source>The file name cannot be sent: {reason}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Името на файла не може да бъде изпратено: {reason}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="305"/>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Папката {folder} не съществува; изберете друго място.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="307"/>
        <source>The transfer record is exported as json or csv.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистърът на предаванията се изнася като json или csv.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="308"/>
        <source>There is no Liaison profile at {path}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В {path} няма профил на Liaison.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="309"/>
        <source>There is no attachment {attachment_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В този профил няма прикачен файл {attachment_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="311"/>
        <source>There is no folder {folder} to save into.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма папка {folder}, в която да се запише.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="312"/>
        <source>There is no folder {folder} to write the export into.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма папка {folder}, в която да се запише износът.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="313"/>
        <source>There is no outcome {outcome_id} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В този профил няма резултат {outcome_id}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="314"/>
        <source>This profile has no provisioning data; enrol again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този профил няма данни за осигуряване; регистрирайте се отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="315"/>
        <source>This provisioning file is signed by the authority {found}, but IT&apos;s policy on this computer expects {expected}. Do not use it; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този файл за осигуряване е подписан от орган {found}, а ИТ политиката на този компютър очаква {expected}. Не го използвайте; свържете се с ИТ.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="318"/>
        <source>{agency} withdrew this message ({reason}); it cannot be passed on.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{agency} оттегли това съобщение ({reason}); то не може да бъде препратено.</translation>
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
        <translation>{name} се промени по време на шифроването; прикачете го отново, когато нищо не пише в него.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="323"/>
        <source>{name} does not verify ({detail}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} не преминава проверката ({detail}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="324"/>
        <source>{name} does not verify ({detail}); nothing was saved.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} не преминава проверката ({detail}); нищо не е записано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="325"/>
        <source>{name} is not an image that can be shown here; use Save as… to open it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} не е изображение, което може да се покаже тук; отворете го чрез Запиши като…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="327"/>
        <source>{name} is not here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} не е тук.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="328"/>
        <source>{name} is still at the hub: download it first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} е все още в хъба: първо го изтеглете.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="329"/>
        <source>{name} is still being downloaded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} все още се изтегля.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="330"/>
        <source>{name} was refused ({reason}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} беше отказан ({reason}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="331"/>
        <source>{path} is a folder; give a file name for the report.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{path} е папка; посочете име на файл за доклада.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="332"/>
        <source>“{name}” holds no name to look up.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„{name}“ не съдържа име за търсене.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="333"/>
        <source>“{value}” cannot be read as {what}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„{value}“ не може да се прочете като {what}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="335"/>
        <source>A bundle can be opened by at most {limit} devices; these recipients and carriers have {devices}. Name officers instead of whole agencies, or fewer carriers.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакетът може да се отвори от най-много {limit} устройства; тези получатели и преносители имат {devices}. Посочете служители вместо цели агенции или по-малко преносители.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="339"/>
        <source>A bundle lives between one hour and {days} days.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакетът е валиден от един час до {days} дни.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="340"/>
        <source>A bundle that carries messages is a disclosure: give the legal basis and the justification for handing them to a carrier.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет, който носи съобщения, е разкриване на данни: посочете правното основание и обосновката за предаването им на преносител.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="343"/>
        <source>Name whom the bundle is for: an agency (RS-BP) or an officer (rs-bp.horgos-desk).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посочете за кого е пакетът: агенция (RS-BP) или служител (rs-bp.horgos-desk).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="345"/>
        <source>Nothing waits for {names}: no queued message and no acknowledgement owed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нищо не чака за {names}: няма съобщения на опашка, нито дължими потвърждения.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="347"/>
        <source>Only a case, a subject, a message or a draft has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата за преглед има само случай, субект, съобщение или чернова.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="349"/>
        <source>That draft is no longer there.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тази чернова вече я няма.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="350"/>
        <source>The bundle could not be relayed: {error}. What reached the hub stays there; relay it again when connected (the hub takes nothing twice).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакетът не може да бъде препратен: {error}. Каквото е стигнало до хъба, остава там; препратете го отново при връзка (хъбът не приема нищо два пъти).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="353"/>
        <source>The bundle could not be written to {path} ({error}). Nothing was handed to a carrier.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакетът не може да бъде записан в {path} ({error}). Нищо не е предадено на преносител.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="355"/>
        <source>The file {path} cannot be read ({error}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файлът {path} не може да бъде прочетен ({error}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="356"/>
        <source>The folder {folder} does not exist (is the medium plugged in?).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Папката {folder} не съществува (включен ли е носителят?).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="358"/>
        <source>The message this draft answers is no longer in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението, на което отговаря тази чернова, вече не е в този профил.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="360"/>
        <source>This bundle comes from a device that has been revoked (lost or stolen?); it is refused; report it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет идва от устройство, което е отнето (загубено или откраднато?); отказан е; докладвайте го</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="362"/>
        <source>This bundle comes from a device that is not in your directory; sync once to refresh it, then try again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет идва от устройство, което не е във вашия указател; синхронизирайте веднъж, за да го обновите, и опитайте отново</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="364"/>
        <source>This bundle has expired; ask the sender for a new one</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е изтекъл; поискайте нов от подателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="365"/>
        <source>This bundle holds a damaged envelope ({error}). Nothing was stored.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет съдържа повреден плик ({error}). Нищо не е записано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="367"/>
        <source>This bundle holds something that is not an envelope. Nothing was stored.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет съдържа нещо, което не е плик. Нищо не е записано.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="369"/>
        <source>This bundle is damaged or was altered; ask for a new copy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е повреден или променен; поискайте ново копие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="371"/>
        <source>This bundle is for {names}, not for you. Nothing was stored. (This device may carry it: relay it from a connected device.)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е за {names}, не за вас. Нищо не е записано. (Това устройство може да го пренесе: препратете го от свързано устройство.)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="374"/>
        <source>This bundle is incomplete (cut short while copying?); copy it again from the medium</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е непълен (прекъснат при копиране?); копирайте го отново от носителя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="376"/>
        <source>This bundle is not addressed to this device (it is for another officer or agency), or it is damaged</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет не е адресиран до това устройство (за друг служител или агенция е) или е повреден</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="378"/>
        <source>This bundle is not for you</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет не е за вас</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="379"/>
        <source>This bundle says it was made in the future; check this device&apos;s date and time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет твърди, че е създаден в бъдещето; проверете датата и часа на това устройство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="381"/>
        <source>This bundle was made by a newer version of Liaison; update this device first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този пакет е създаден от по-нова версия на Liaison; първо обновете това устройство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="383"/>
        <source>This bundle&apos;s contents are not what its sender signed; it is refused; ask for a new copy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съдържанието на този пакет не е това, което подателят е подписал; отказан е; поискайте ново копие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="385"/>
        <source>This bundle&apos;s signature does not verify: it is forged or altered; do not use it and report it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписът на този пакет не се потвърждава: фалшифициран или променен е; не го използвайте и го докладвайте</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="387"/>
        <source>This device has no directory yet: connect once and sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това устройство все още няма указател: свържете се веднъж и синхронизирайте.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="389"/>
        <source>This device is not enrolled yet, so it cannot relay. Enrol it first.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това устройство все още не е регистрирано и не може да препраща. Първо го регистрирайте.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="391"/>
        <source>This draft is no longer there: it was sent, discarded or erased.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тази чернова вече я няма: изпратена, отхвърлена или изтрита е.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="393"/>
        <source>This file is not a Liaison bundle, or it is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този файл не е пакет на Liaison или е неправилен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="394"/>
        <source>Your directory expired on {expired}: a bundle is sealed against it, so connect once to refresh it before exporting.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вашият указател е изтекъл на {expired}: пакетът се запечатва спрямо него, затова се свържете веднъж, за да го обновите преди износ.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="397"/>
        <source>{words}. Nothing was stored. ({why})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{words}. Нищо не е записано. ({why})</translation>
    </message>
    <message>
        <source>Only a case or a subject has a review date.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Дата за преглед имат само случай или обект.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="238"/>
        <source>There is no Liaison profile at {path}. Enrol first with the provisioning file from IT (liaison enrol).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В {path} няма профил на Liaison. Първо се регистрирайте с файла за настройка от ИТ отдела (liaison enrol).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="240"/>
        <source>This profile is incomplete (no provisioning data). Enrol again with the provisioning file from IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този профил е непълен (няма данни за настройка). Регистрирайте се отново с файла за настройка от ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="242"/>
        <source>There is no case {case_ref} in this profile.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В този профил няма случай {case_ref}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="243"/>
        <source>Handling code H2 says it is not to be passed on without the provider&apos;s permission. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка H2 казва, че не се предава без разрешението на предоставящия информацията. Попитайте предоставящия и запишете съгласието му преди препращане.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="246"/>
        <source>Handling code C carries the provider&apos;s condition that it is not to be passed on without their consent. Ask the provider and record their consent before forwarding.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодът за обработка C носи условието на предоставящия информацията да не се предава без неговото съгласие. Попитайте предоставящия и запишете съгласието му преди препращане.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Език</translation>
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
        <translation>Размер на текста</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="47"/>
        <source>Hub address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адрес на централния възел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="48"/>
        <source>Hub CA certificate file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл със CA сертификата на възела</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="49"/>
        <source>Lock after idle minutes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заключване след минути неактивност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="50"/>
        <source>Keep records for days</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съхраняване на записите (дни)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="51"/>
        <source>Erase records this many days after their review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтривай записите толкова дни след датата им за преглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="53"/>
        <source>Erase only when an officer confirms</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтривай само когато служител потвърди</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="55"/>
        <source>Passphrase-only storage allowed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разрешено съхранение само с парола</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="57"/>
        <source>Update channel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Канал за обновления</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="58"/>
        <source>Check for updates</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка за обновления</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="59"/>
        <source>Tell the sender when I open a message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Уведомявай подателя, когато отворя съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="60"/>
        <source>Download attachments up to MiB without asking</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтегляй прикачени файлове до толкова MiB без питане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="62"/>
        <source>Warn when the directory is older than (hours)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждавай, когато указателят е по-стар от (часа)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="64"/>
        <source>Provisioning authority fingerprint</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отпечатък на органа за осигуряване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="72"/>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="77"/>
        <source>Follow the system</source>
        <extracomment>setting -&gt; the spin box&apos;s range where it is not 1..3650 language setting -&gt; how it is offered (each language in its own name)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Според системата</translation>
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
        <translation>Тъмна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="102"/>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="103"/>
        <source>Locked by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заключено от ИТ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="117"/>
        <source>Settings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">зададено от ИТ отдела</translation>
    </message>
    <message>
        <source>locked at a safe value: the policy file is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">заключено на безопасна стойност: файлът с политиката е повреден</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="132"/>
        <source>Display</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="133"/>
        <source>Work</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="144"/>
        <source>The policy file from IT has problems; show this to IT:
{0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файлът с политиката от ИТ отдела има проблеми; покажете това на ИТ отдела:
{0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="151"/>
        <source>&amp;Save</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="152"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="171"/>
        <source>Set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Зададено от ИТ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="172"/>
        <source>Locked at a safe value: the policy file from IT is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заключено на безопасна стойност: файлът с политиката от ИТ отдела е неправилен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="217"/>
        <source>The new language is used from the next time you unlock Liaison.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Новият език се използва от следващото отключване на Liaison.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings.ui" line="12"/>
        <source>Settings marked with a lock are set by IT (the system policy or your provisioning file) and cannot be changed here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Настройките, отбелязани с катинар, са зададени от ИТ отдела (системната политика или Вашия файл за осигуряване на достъп) и не могат да се променят тук.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="19"/>
        <source>Problems with the policy</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблеми с политиката</translation>
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
        <translation>Заключено след {0} минути без активност.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="31"/>
        <source>Sign and queue / send (from any tab)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне в опашката / изпращане (от всеки раздел)</translation>
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
        <translation>Затваряне: запазване като чернова, отхвърляне или продължаване на редакцията</translation>
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
        <translation>Следващ / предишен раздел</translation>
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
        <translation type="vanished">Отиване на раздел от съставянето (Съобщение … Случай)</translation>
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
        <translation>Отиване на раздел от съставянето (Съобщение … Прикачени файлове)</translation>
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
        <translation>Прикачване на копирано изображение или файл (в раздела Прикачени файлове)</translation>
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
        <translation>Отиване на поле или бутон (подчертаната буква)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="42"/>
        <source>Alt+letter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Alt+буква</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="43"/>
        <source>Tick a recipient or check box</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отметка на получател или квадратче</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="44"/>
        <source>Space</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Интервал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="64"/>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Клавишни комбинации</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="67"/>
        <source>Everything in Liaison can be done from the keyboard.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всичко в Liaison може да се направи от клавиатурата.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="73"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="73"/>
        <source>Keys</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="76"/>
        <source>Main window</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основен прозорец</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="77"/>
        <source>Compose and reply dialogs</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прозорци за съставяне и отговор</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="45"/>
        <source>Sync progress</source>
        <extracomment>the officer clicked the &quot;due for review&quot; prompt</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ход на синхронизацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="49"/>
        <location filename="../../liaison_app/gui/status_bar.py" line="52"/>
        <source>Sync now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизиране сега</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="51"/>
        <source>Send queued items and fetch new ones (F5)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпращане на елементите от опашката и изтегляне на новите (F5)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="59"/>
        <source>Open the records due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на записите за преглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="78"/>
        <source>Checking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="79"/>
        <source>Queued: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="80"/>
        <source>Last sync: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последна синхронизация: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="86"/>
        <source>Re-enrolment needed: contact IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Необходима е повторна регистрация: обърнете се към ИТ отдела</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="88"/>
        <source>Online</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На линия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="90"/>
        <source>Offline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извън линия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="91"/>
        <source>Queued: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="93"/>
        <source> (failed: {0})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> (неуспешни: {0})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="95"/>
        <source>Last sync: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последна синхронизация: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="139"/>
        <source>%n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n запис за преглед</numerusform>
            <numerusform>%n записа за преглед</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="147"/>
        <source>Not enrolled yet: will enrol when the hub is reachable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още не е регистрирано: регистрацията ще се извърши, когато централният възел е достъпен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="152"/>
        <source>This computer is now enrolled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този компютър вече е регистриран.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="167"/>
        <source>never</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>никога</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="182"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Указател</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="182"/>
        <source>Sending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="183"/>
        <source>Receiving</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="183"/>
        <source>Done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Готово</translation>
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
        <translation>Синхронизирано: изпратени {0}, получени {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="184"/>
        <source>Uploading attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Качване на прикачен файл</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="185"/>
        <source>Downloading attachment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтегляне на прикачен файл</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="193"/>
        <source>{0}: {1} % of {2}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}: {1} % от {2}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="81"/>
        <source>Directory: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Указател: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="110"/>
        <source>Directory: not checked yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Указател: още не е проверен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="112"/>
        <source>Directory: {0} old</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Указател: отпреди {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="117"/>
        <source>Older than IT allows ({0} h): sync as soon as you can. A device revoked since may not be known here yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По-стар, отколкото ИТ отделът позволява ({0} ч): синхронизирайте възможно най-скоро. Устройство, отменено междувременно, може още да не е известно тук.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="120"/>
        <source>How long ago the hub last proved this directory current</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преди колко време централният възел последно потвърди, че указателят е актуален</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="132"/>
        <source>%n min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="135"/>
        <source>%n d</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="207"/>
        <source>Synced, with a warning: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизирано, с предупреждение: {0}</translation>
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
        <translation>{name} (род. {born})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="21"/>
        <source>alias {alias}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>псевдоним {alias}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="22"/>
        <source>(b. {born})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(род. {born})</translation>
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
        <translation>[граничен пункт]</translation>
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
        <translation>(номерът е неизвестен)</translation>
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
        <translation>Сметка {country} {number}</translation>
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
        <translation>Карта, завършваща на {last_four}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/caption_texts.py" line="36"/>
        <source>Transfer {details}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Превод {details}</translation>
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
        <translation>В брой {money}</translation>
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
        <translation>напр. GB82 WEST 1234 5698 7654 32 (интервали и малки букви са допустими)</translation>
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
        <translation>Проблем с IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="31"/>
        <source>Na&amp;tional account number:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Национален номер на &amp;сметка:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="37"/>
        <source>Only where there is no IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Само ако няма IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="38"/>
        <source>National account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Национален номер на сметка</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="46"/>
        <source>Problem with national account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с националния номер на сметка</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="51"/>
        <source>Bank co&amp;de:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код на &amp;банката:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="57"/>
        <source>Sort code, routing or bank number (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Sort code, routing или номер на банката (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="58"/>
        <source>Bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код на банката</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="66"/>
        <source>Problem with bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с кода на банката</translation>
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
        <translation>напр. DEUTDEFF или DEUTDEFF500 (по избор)</translation>
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
        <translation>Проблем с BIC или SWIFT кода</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="91"/>
        <source>&amp;Holder:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Титуляр:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="97"/>
        <source>Name on the account (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име по сметката (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="98"/>
        <source>Account holder</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Титуляр на сметката</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="106"/>
        <source>Problem with account holder</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с титуляра на сметката</translation>
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
        <translation>Име на банката (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="118"/>
        <source>Bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на банката</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="126"/>
        <source>Problem with bank name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с името на банката</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="131"/>
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="137"/>
        <source>ISO code, e.g. RS; needed without an IBAN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, напр. RS; нужен без IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="138"/>
        <source>Country of the account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на сметката</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_bank_account.ui" line="146"/>
        <source>Problem with country of the account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с държавата на сметката</translation>
    </message>
    <message>
        <source>National &amp;account number:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Национален номер на &amp;сметка:</translation>
    </message>
    <message>
        <source>Bank &amp;code:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Код на &amp;банката:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Държава:</translation>
    </message>
</context>
<context>
    <name>SubjectCardForm</name>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="11"/>
        <source>&amp;Last four digits:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Последни четири цифри:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="17"/>
        <source>e.g. 4242 (never the full card number)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. 4242 (никога целия номер на картата)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="18"/>
        <source>Last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последни четири цифри на картата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="26"/>
        <source>Problem with last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с последните четири цифри на картата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="31"/>
        <source>&amp;Issuer:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Издател:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="37"/>
        <source>Issuing bank or card scheme (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Банка издател или картова схема (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="38"/>
        <source>Card issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издател на картата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_card.ui" line="46"/>
        <source>Problem with card issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с издателя на картата</translation>
    </message>
</context>
<context>
    <name>SubjectCashForm</name>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="11"/>
        <source>A&amp;mount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="17"/>
        <source>e.g. 48500</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. 48500</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="18"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="26"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със сумата</translation>
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
        <translation>ISO 4217 код, напр. EUR</translation>
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
        <translation>Проблем с валутата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="51"/>
        <source>&amp;Where found or carried:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Къде &amp;е намерена или пренасяна:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="57"/>
        <source>e.g. Horgoš, spare wheel of the lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. Хоргош, резервната гума на камиона</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="58"/>
        <source>Where found or carried</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Къде е намерена или пренасяна</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="66"/>
        <source>Problem with where found or carried</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с мястото на намиране или пренасяне</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="71"/>
        <source>Cou&amp;rier:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>К&amp;уриер:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="77"/>
        <source>Courier (a person in this message)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Куриер (лице от това съобщение)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_cash.ui" line="85"/>
        <source>Problem with courier (a person in this message)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с куриера (лице от това съобщение)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Сума:</translation>
    </message>
    <message>
        <source>C&amp;ourier:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Куриер:</translation>
    </message>
</context>
<context>
    <name>SubjectCommsForm</name>
    <message>
        <source>Identifier &amp;kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Вид идентификатор:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="11"/>
        <source>&amp;Identifier kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид &amp;идентификатор:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="17"/>
        <source>Identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид идентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="25"/>
        <source>Problem with identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с вида идентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="30"/>
        <source>&amp;Value:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Стойност:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="36"/>
        <source>e.g. +381641234567</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. +381641234567</translation>
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
        <translation>Проблем с идентификатора</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="50"/>
        <source>Se&amp;rvice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Услуга:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="56"/>
        <source>Where it was seen, e.g. WhatsApp (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Къде е забелязан, напр. WhatsApp (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="57"/>
        <source>Service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_comms.ui" line="65"/>
        <source>Problem with service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с услугата</translation>
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
        <translation>Проблем с мрежата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="30"/>
        <source>Ne&amp;twork name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Име на мрежата:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="36"/>
        <source>Only for another network, e.g. Monero</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Само за друга мрежа, напр. Monero</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="37"/>
        <source>Name of the other network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на другата мрежа</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="45"/>
        <source>Problem with name of the other network</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с името на другата мрежа</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="50"/>
        <source>A&amp;ddress:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="56"/>
        <source>Paste the address exactly as seen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поставете адреса точно както е видян</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="57"/>
        <source>Address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="65"/>
        <source>Problem with address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с адреса</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="70"/>
        <source>A&amp;sset:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ак&amp;тив:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="76"/>
        <source>Coin or token, e.g. BTC, USDT (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Монета или токен, напр. BTC, USDT (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="77"/>
        <source>Asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Актив</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_crypto.ui" line="85"/>
        <source>Problem with asset</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с актива</translation>
    </message>
    <message>
        <source>Network &amp;name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Име на мрежата:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Адрес:</translation>
    </message>
</context>
<context>
    <name>SubjectDocumentForm</name>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="11"/>
        <source>Document &amp;type:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид док&amp;умент:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="17"/>
        <source>Document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид документ</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="25"/>
        <source>Problem with document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с вида документ</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="30"/>
        <source>N&amp;umber:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="36"/>
        <source>Document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер на документа</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="44"/>
        <source>Problem with document number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с номера на документа</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="49"/>
        <source>&amp;Issuing country:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Държава на издаване:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="55"/>
        <source>ISO or ICAO code, e.g. BGR</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код по ISO или ICAO, напр. BGR</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="56"/>
        <source>Issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на издаване</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="64"/>
        <source>Problem with issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с държавата на издаване</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="69"/>
        <source>Issued o&amp;n:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Издаден на:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="75"/>
        <location filename="../../ui/subject_editor_document.ui" line="95"/>
        <source>YYYY-MM-DD; empty if unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ГГГГ-ММ-ДД; празно, ако не е известно</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="76"/>
        <source>Issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на издаване</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="84"/>
        <source>Problem with issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с датата на издаване</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="89"/>
        <source>E&amp;xpires on:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>И&amp;зтича на:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="96"/>
        <source>Expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на изтичане</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="104"/>
        <source>Problem with expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с датата на изтичане</translation>
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
        <translation>Статус на документа</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_document.ui" line="123"/>
        <source>Problem with document status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със статуса на документа</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="70"/>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="73"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="71"/>
        <source>Fact</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="72"/>
        <source>Assessment (a personal judgement)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка (лична преценка)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="114"/>
        <source>{kind} (incomplete)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} (непълно)</translation>
    </message>
</context>
<context>
    <name>SubjectEditorForm</name>
    <message>
        <location filename="../../ui/subject_editor.ui" line="12"/>
        <source>Subject kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид обект</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="25"/>
        <source>Data-subject &amp;category:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Категория субект на данните:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="31"/>
        <source>Data-subject category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Категория субект на данните</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="39"/>
        <source>Problem with data-subject category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с категорията субект на данните</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="44"/>
        <source>&amp;Basis:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Основа:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="50"/>
        <source>Fact or assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Факт или оценка</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="58"/>
        <source>Problem with fact or assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с избора факт или оценка</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="65"/>
        <source>Facts are kept apart from personal assessments: record each as what it is.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фактите се държат отделно от личните оценки: записвайте всяко според това, което е.</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="66"/>
        <source>About fact and assessment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За факта и оценката</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="71"/>
        <source>N&amp;otes:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Беле&amp;жки:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="77"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="86"/>
        <source>Problem with notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с бележките</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor.ui" line="96"/>
        <source>Problem with this subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с този обект</translation>
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
        <translation>Име или прякор на посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="18"/>
        <source>Broker&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="26"/>
        <source>Problem with broker&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с името на посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="31"/>
        <source>&amp;Location:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Местоположение:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="37"/>
        <source>Where the broker works, e.g. Istanbul, Aksaray</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Къде работи посредникът, напр. Истанбул, Аксарай</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="38"/>
        <source>Broker&apos;s location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Местоположение на посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="46"/>
        <source>Problem with broker&apos;s location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с местоположението на посредника</translation>
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
        <translation>напр. +905321234567 (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="58"/>
        <source>Broker&apos;s phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефон на посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="66"/>
        <source>Problem with broker&apos;s phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с телефона на посредника</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="71"/>
        <source>A&amp;mount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="77"/>
        <source>e.g. 6000 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. 6000 (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="78"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_hawala.ui" line="86"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със сумата</translation>
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
        <translation>ISO 4217 код, напр. USD, EUR</translation>
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
        <translation>Проблем с валутата</translation>
    </message>
    <message>
        <source>Bro&amp;ker:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Посредник:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Сума:</translation>
    </message>
</context>
<context>
    <name>SubjectKinds</name>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="63"/>
        <source>must be a number of degrees, e.g. 44.8176</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да бъде брой градуси, напр. 44.8176</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="67"/>
        <source>must be between -{n} and {n} degrees</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да бъде между -{n} и {n} градуса</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="74"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="98"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="161"/>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="217"/>
        <source>Unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неизвестно</translation>
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
        <translation>Мъжки</translation>
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
        <translation>Товарен автомобил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="127"/>
        <source>Van</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="128"/>
        <source>Car</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лек автомобил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="129"/>
        <source>Bus</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Автобус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="130"/>
        <source>Boat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Плавателен съд</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="150"/>
        <source>Passport</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Паспорт</translation>
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
        <translation>Разрешение за пребиваване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="162"/>
        <source>Genuine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Истински</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="164"/>
        <source>False (forged or counterfeit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неистински (подправен или преправен)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="167"/>
        <source>Stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откраднат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="168"/>
        <source>Stolen blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откраднат бланков образец</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="189"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефонен номер</translation>
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
        <translation>Адрес на електронна поща</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="192"/>
        <source>Messaging handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потребителско име в приложение за съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="218"/>
        <source>Road</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Автомобилен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="219"/>
        <source>Rail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Железопътен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="220"/>
        <source>Sea</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Морски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="221"/>
        <source>River</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Речен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="222"/>
        <source>Air</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въздушен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="223"/>
        <source>On foot</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пеша</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="224"/>
        <source>Mixed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Комбиниран</translation>
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
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="260"/>
        <source>Vehicle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Превозно средство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="267"/>
        <source>Travel document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Документ за пътуване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="274"/>
        <source>Phone or other identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефон или друг идентификатор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="281"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subject_kinds.py" line="288"/>
        <source>Route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="101"/>
        <source>None known</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е известен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="117"/>
        <source>Bank account</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Банкова сметка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="119"/>
        <source>Payment card (last four digits)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Платежна карта (последни четири цифри)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="122"/>
        <source>Money transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Паричен превод</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="124"/>
        <source>Crypto-asset address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адрес на криптоактив</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="127"/>
        <source>Hawala or other informal transfer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хавала или друг неформален превод</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/financial_forms.py" line="130"/>
        <source>Cash</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пари в брой</translation>
    </message>
</context>
<context>
    <name>SubjectLocationForm</name>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="17"/>
        <source>Place name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование на мястото</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="25"/>
        <source>Problem with place name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с наименованието на мястото</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="30"/>
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Д&amp;ържава:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="36"/>
        <source>ISO code, e.g. BG</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код по ISO, напр. BG</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="37"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="45"/>
        <source>Problem with country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с държавата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="50"/>
        <source>This is a border crossin&amp;g</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това е &amp;граничен пункт</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="76"/>
        <source>Longi&amp;tude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска &amp;дължина:</translation>
    </message>
    <message>
        <source>This is a &amp;border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Това е &amp;граничен пункт</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="51"/>
        <source>Border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Граничен пункт</translation>
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
        <translation>Градуси, напр. 41.7314 (по избор)</translation>
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
        <translation>Проблем с географската ширина</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Географска &amp;дължина:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="82"/>
        <source>Degrees, e.g. 26.3270 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Градуси, напр. 26.3270 (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="83"/>
        <source>Longitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска дължина</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_location.ui" line="91"/>
        <source>Problem with longitude</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с географската дължина</translation>
    </message>
</context>
<context>
    <name>SubjectOrganisationForm</name>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="17"/>
        <source>Organisation name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование на организацията</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="25"/>
        <source>Problem with organisation name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с наименованието на организацията</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="30"/>
        <source>A&amp;liases:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Псевдоними:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="36"/>
        <source>One alias per line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По един псевдоним на ред</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="39"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Псевдоними</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="48"/>
        <source>Problem with aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с псевдонимите</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="53"/>
        <source>Co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Д&amp;ържава:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="59"/>
        <source>ISO code, e.g. RS</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код по ISO, напр. RS</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="60"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_organisation.ui" line="68"/>
        <source>Problem with country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с държавата</translation>
    </message>
</context>
<context>
    <name>SubjectPersonForm</name>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="11"/>
        <source>&amp;Surname:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="17"/>
        <source>Surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="25"/>
        <source>Problem with surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с фамилията</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="30"/>
        <source>&amp;Given names:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Собствено име:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="36"/>
        <source>Given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="44"/>
        <source>Problem with given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със собственото име</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="49"/>
        <source>A&amp;liases:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Псевдоними:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="55"/>
        <source>One alias per line</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По един псевдоним на ред</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="58"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Псевдоними</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="67"/>
        <source>Problem with aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с псевдонимите</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="72"/>
        <source>&amp;Date of birth:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата &amp;на раждане:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="78"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД; празно, ако не е известно</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="79"/>
        <source>Date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="87"/>
        <source>Problem with date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с датата на раждане</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="92"/>
        <source>&amp;Place of birth:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Място на раждане:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="98"/>
        <source>Place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Място на раждане</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="106"/>
        <source>Problem with place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с мястото на раждане</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="111"/>
        <source>Nationalit&amp;ies:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Гражданства:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="117"/>
        <source>ISO codes separated by commas, e.g. RS, GB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кодове по ISO, разделени със запетаи, напр. RS, GB</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="118"/>
        <source>Nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Гражданства</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="126"/>
        <source>Problem with nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с гражданствата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_person.ui" line="131"/>
        <source>Se&amp;x:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По&amp;л:</translation>
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
        <translation>Проблем с пола</translation>
    </message>
</context>
<context>
    <name>SubjectRouteForm</name>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="11"/>
        <source>&amp;Name:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="17"/>
        <source>Optional, e.g. Western Balkans route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По избор, напр. маршрут през Западните Балкани</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="18"/>
        <source>Route name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование на маршрута</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="26"/>
        <source>Problem with route name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с наименованието на маршрута</translation>
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
        <translation>Начин на придвижване по маршрута</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="45"/>
        <source>Problem with how the route is travelled</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с начина на придвижване по маршрута</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="50"/>
        <source>&amp;Waypoints:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Междинни точки:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="56"/>
        <source>One place per line, in order (at least two)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По едно място на ред, по ред (поне две)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="57"/>
        <source>Waypoints</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Междинни точки</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_route.ui" line="66"/>
        <source>Problem with waypoints</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с междинните точки</translation>
    </message>
</context>
<context>
    <name>SubjectTransferForm</name>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="11"/>
        <source>&amp;Provider:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Доставчик:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="17"/>
        <source>e.g. Western Union, MoneyGram, Ria</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. Western Union, MoneyGram, Ria</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="18"/>
        <source>Money-transfer provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доставчик на парични преводи</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="26"/>
        <source>Problem with money-transfer provider</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с доставчика на парични преводи</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="31"/>
        <source>&amp;Reference:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Р&amp;еференция:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="37"/>
        <source>e.g. the 10-digit MTCN (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. 10-цифреният MTCN (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="38"/>
        <source>Transfer reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Референция на превода</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="46"/>
        <source>Problem with transfer reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с референцията на превода</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="51"/>
        <source>A&amp;mount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="57"/>
        <source>e.g. 2500 or 2500.50 (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>напр. 2500 или 2500.50 (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="58"/>
        <source>Amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="66"/>
        <source>Problem with amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със сумата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="71"/>
        <source>C&amp;urrency:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вал&amp;ута:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="77"/>
        <source>ISO 4217 code, e.g. EUR, GBP, RSD</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO 4217 код, напр. EUR, GBP, RSD</translation>
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
        <translation>Проблем с валутата</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="91"/>
        <source>&amp;Date sent:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата &amp;на изпращане:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="97"/>
        <source>YYYY-MM-DD (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ГГГГ-ММ-ДД (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="98"/>
        <source>Date sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на изпращане</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="106"/>
        <source>Problem with date sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с датата на изпращане</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="111"/>
        <source>&amp;Sender:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изпращач:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="117"/>
        <source>Sender&apos;s name (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на изпращача (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="118"/>
        <source>Sender&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на изпращача</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="126"/>
        <source>Problem with sender&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с името на изпращача</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="131"/>
        <source>Sender&apos;s coun&amp;try:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Д&amp;ържава на изпращача:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="137"/>
        <source>ISO code, e.g. DE (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, напр. DE (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="138"/>
        <source>Sender&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на изпращача</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="146"/>
        <source>Problem with sender&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с държавата на изпращача</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="151"/>
        <source>Rece&amp;iver:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Получател:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="157"/>
        <source>Receiver&apos;s name (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на получателя (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="158"/>
        <source>Receiver&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Име на получателя</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="166"/>
        <source>Problem with receiver&apos;s name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с името на получателя</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="171"/>
        <source>Receiver&apos;s cou&amp;ntry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на по&amp;лучателя:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="177"/>
        <source>ISO code, e.g. RS (optional)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ISO код, напр. RS (по избор)</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="178"/>
        <source>Receiver&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на получателя</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_transfer.ui" line="186"/>
        <source>Problem with receiver&apos;s country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с държавата на получателя</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Сума:</translation>
    </message>
    <message>
        <source>Sender&apos;s c&amp;ountry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Д&amp;ържава на изпращача:</translation>
    </message>
    <message>
        <source>Rec&amp;eiver:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Получател:</translation>
    </message>
</context>
<context>
    <name>SubjectVehicleForm</name>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="11"/>
        <source>&amp;Vehicle kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид &amp;превозно средство:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="17"/>
        <source>Vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид превозно средство</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="25"/>
        <source>Problem with vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с вида превозно средство</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="30"/>
        <source>&amp;Registration:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Р&amp;егистрационен номер:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="36"/>
        <source>As on the plate, e.g. SU 123-AB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Както е на табелата, напр. SU 123-AB</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="37"/>
        <source>Registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрационен номер</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="45"/>
        <source>Problem with registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с регистрационния номер</translation>
    </message>
    <message>
        <source>Registration co&amp;untry:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Държава на регистрация:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="50"/>
        <source>Registration countr&amp;y:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Д&amp;ържава на регистрация:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="56"/>
        <source>ISO code, e.g. RS</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код по ISO, напр. RS</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="57"/>
        <source>Registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="65"/>
        <source>Problem with registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с държавата на регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="70"/>
        <source>VIN or &amp;hull id:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN или &amp;номер на корпуса:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="76"/>
        <source>VIN or hull id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN или номер на корпуса</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="84"/>
        <source>Problem with vin or hull id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с VIN или номера на корпуса</translation>
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
        <translation>Проблем с марката</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="108"/>
        <source>Mode&amp;l:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мо&amp;дел:</translation>
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
        <translation>Проблем с модела</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="127"/>
        <source>Colo&amp;ur:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Цвят:</translation>
    </message>
    <message>
        <source>Colou&amp;r:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Цвят:</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="133"/>
        <source>Colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цвят</translation>
    </message>
    <message>
        <location filename="../../ui/subject_editor_vehicle.ui" line="141"/>
        <source>Problem with colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с цвета</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="148"/>
        <source>Receiving authority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получаващ орган</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Legal basis</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правно основание</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="149"/>
        <source>Justification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обосновка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Data subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субекти на данните</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="150"/>
        <source>Officer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Служител</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="151"/>
        <source>Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="165"/>
        <source>%n disclosure(s) in this period.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n предаване в този период.</numerusform>
            <numerusform>%n предавания в този период.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="185"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="215"/>
        <source>queued %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>в опашката от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="179"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="192"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="194"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="220"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="222"/>
        <source>not recorded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е записано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="214"/>
        <source>%1 %2, sent %3 by %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2, изпратено %3 от %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="217"/>
        <source>To: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>До: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="218"/>
        <source>Legal basis: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Правно основание: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="221"/>
        <source>Justification: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обосновка: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="223"/>
        <source>Data subjects: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Субекти на данните: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="224"/>
        <source>Data: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Данни: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="233"/>
        <source>The transfer record from %1 to %2 (%n disclosure(s)) as a CSV file. The file is not encrypted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Регистърът на предаванията от %1 до %2 (%n предаване) като CSV файл. Файлът не е шифрован.</numerusform>
            <numerusform>Регистърът на предаванията от %1 до %2 (%n предавания) като CSV файл. Файлът не е шифрован.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="241"/>
        <source>The whole audit log with the public key and hashes a third party needs to verify it (JSON Lines). The file is not encrypted.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Целият одитен дневник с публичния ключ и хешовете, нужни на трета страна, за да го провери (JSON Lines). Файлът не е шифрован.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="254"/>
        <source>Export as</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ като</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="273"/>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="285"/>
        <source>Not exported</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е изнесено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="275"/>
        <source>%n disclosure(s) exported to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n предаване изнесено в %1 (записано в одитния дневник).</numerusform>
            <numerusform>%n предавания изнесени в %1 (записано в одитния дневник).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/transfers.py" line="287"/>
        <source>%n audit entries exported to %1 (recorded in the audit log).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n одитен запис изнесен в %1 (записано в одитния дневник).</numerusform>
            <numerusform>%n одитни записа изнесени в %1 (записано в одитния дневник).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="13"/>
        <source>Every disclosure this device made: when, by whom, to which authority in which country, on what legal basis and why, and what kind of data (DPA 2018 s.62 and s.75(3)). Exports are recorded in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всяко предаване от това устройство: кога, от кого, до кой орган в коя държава, на какво правно основание и защо, и какви данни (DPA 2018 s.62 и s.75(3)). Износите се записват в одитния дневник.</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="14"/>
        <source>About the transfer record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За регистъра на предаванията</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="21"/>
        <source>&amp;From:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;От:</translation>
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
        <translation>Първи ден от периода</translation>
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
        <translation>Последен ден от периода</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="53"/>
        <source>&amp;Export as CSV…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Износ като CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="54"/>
        <source>Export the transfer record as CSV</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ на регистъра на предаванията като CSV</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="59"/>
        <source>Export audit &amp;log…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ на одитния дневни&amp;к…</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="60"/>
        <source>The whole audit chain with the public key and hashes a third party needs to verify it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цялата одитна верига с публичния ключ и хешовете, нужни на трета страна за проверка</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="61"/>
        <source>Export the audit log for verification</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Износ на одитния дневник за проверка</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="70"/>
        <source>How many disclosures are listed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Колко предавания са изброени</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="75"/>
        <source>Disclosures</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предавания</translation>
    </message>
    <message>
        <location filename="../../ui/page_transfers.ui" line="87"/>
        <source>The selected disclosure in full</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Избраното предаване изцяло</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="181"/>
        <source>Carrier bundle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пакет за куриер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/transfers.py" line="108"/>
        <source>No disclosure from this device in this period. Every request, alert, reply, forward or case share you send is listed here: when, to which authority in which country, on what legal basis and why.</source>
        <extracomment>the shell gives this page the detail pane&apos;s width (its columns need it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>През този период от това устройство няма разкриване на данни. Тук се изброява всяко изпратено от вас запитване, сигнал, отговор, препращане или споделяне на случай: кога, до кой орган в коя държава, на какво правно основание и защо.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.ui" line="19"/>
        <source>Unlock Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отключване на Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="33"/>
        <source>Security warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение за сигурност</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="38"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="45"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="52"/>
        <source>Unlock error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Грешка при отключване</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="70"/>
        <source>&amp;Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отключване</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="72"/>
        <source>Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отключване</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="34"/>
        <source>Liaison — Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Отключване</translation>
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
        <translation>Този компютър пази ключовете защитени само с Вашата парола (без защитено хранилище за ключове на операционната система). Всеки, който копира профила, може да се опита да я отгатне: използвайте дълга парола и уведомете ИТ отдела, ако компютърът се ползва от няколко души.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="86"/>
        <source>Type your passphrase.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въведете паролата си.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="91"/>
        <source>Unlocking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отключване…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="136"/>
        <source>You can try again now.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сега можете да опитате отново.</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="59"/>
        <source>must not be empty</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не може да е празно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="60"/>
        <source>must not be blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не може да е само интервали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="49"/>
        <source>has leading or trailing whitespace</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>има интервал в началото или в края</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="24"/>
        <source>write the IBAN in capitals without spaces</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете IBAN с главни букви без интервали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="25"/>
        <source>an IBAN is a country code, two check digits and up to 30 letters and digits (e.g. GB82WEST12345698765432)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN се състои от код на държава, две контролни цифри и до 30 букви и цифри (напр. GB82WEST12345698765432)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="28"/>
        <source>{country} does not use IBANs; give the national account number and bank code instead</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{country} не използва IBAN; въведете националния номер на сметката и кода на банката</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="30"/>
        <source>an IBAN from {country} has {length} characters; this one has {given}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN от {country} има {length} знака; този има {given}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="32"/>
        <source>the check digits do not match: a character is wrong or two are swapped</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>контролните цифри не съвпадат: знак е грешен или два са разменени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="34"/>
        <source>a BIC (SWIFT code) is 8 or 11 capital letters and digits, e.g. DEUTDEFF or DEUTDEFF500</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>BIC (SWIFT код) е от 8 или 11 главни букви и цифри, напр. DEUTDEFF или DEUTDEFF500</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="90"/>
        <source>may hold only letters, digits, spaces and . / -</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>може да съдържа само букви, цифри, интервали и . / -</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="91"/>
        <source>give the IBAN, or the national account number with its bank code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете IBAN или националния номер на сметката с кода на банката</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="93"/>
        <source>the IBAN is from {iban_country}, not {country}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IBAN е от {iban_country}, а не от {country}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="94"/>
        <source>give the country of a national account number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете държавата на националния номер на сметката</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="125"/>
        <source>holds what looks like a full card number; record only the last four digits and the issuer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа нещо, което прилича на целия номер на карта; запишете само последните четири цифри и издателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="95"/>
        <source>give only the last four digits of the card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете само последните четири цифри на картата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="118"/>
        <source>give the currency (ISO 4217 code, e.g. EUR, GBP, RSD)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете валутата (ISO 4217 код, напр. EUR, GBP, RSD)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="120"/>
        <source>is not an ISO 4217 currency code (e.g. EUR, GBP, RSD)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е ISO 4217 код на валута (напр. EUR, GBP, RSD)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="127"/>
        <source>give the amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете сумата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="122"/>
        <source>write the amount with digits and a decimal point only, e.g. 2500 or 2500.50</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете сумата само с цифри и десетична точка, напр. 2500 или 2500.50</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="124"/>
        <source>is too large</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>е твърде голяма</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="128"/>
        <source>{currency} has {places} decimal places; this amount has {given}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{currency} има {places} знака след десетичната точка; тази сума има {given}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="81"/>
        <source>give the address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете адреса</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="48"/>
        <source>holds {given} characters; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа {given} знака; ограничението е {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="82"/>
        <source>an address holds no spaces or special characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>адресът не съдържа интервали или специални знаци</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="72"/>
        <source>an Ethereum-style address is 0x and 40 hexadecimal digits (0-9, a-f)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>адрес от типа Ethereum е 0x и 40 шестнадесетични цифри (0-9, a-f)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="74"/>
        <source>the mix of capital and small letters does not match the address&apos;s EIP-55 checksum: a character is wrong; copy the address again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>редуването на главни и малки букви не съответства на контролната сума EIP-55 на адреса: знак е грешен; копирайте адреса отново</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="77"/>
        <source>the address&apos;s Base58Check checksum does not match: a character is wrong (capitals and small letters count)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>контролната сума Base58Check на адреса не съвпада: знак е грешен (главните и малките букви са различни)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="80"/>
        <source>is not a {network} address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е адрес от мрежата {network}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="83"/>
        <source>write a Bech32 address in small letters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете адреса Bech32 с малки букви</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="84"/>
        <source>the Bech32 checksum does not match: a character is wrong or missing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>контролната сума Bech32 не съвпада: знак е грешен или липсва</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="96"/>
        <source>is only for a network not in the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>е само за мрежа, която не е в списъка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="97"/>
        <source>a phone number is &apos;+&apos;, country code and number, digits only (E.164, e.g. +381641234567)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>телефонният номер е &apos;+&apos;, код на държавата и номер, само цифри (E.164, напр. +381641234567)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="99"/>
        <source>give the broker&apos;s name, location or phone</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>въведете името, местоположението или телефона на посредника</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="87"/>
        <source>must be the position of a person among this message&apos;s subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е поредният номер на лице сред субектите на това съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="19"/>
        <source>is not a setting</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е настройка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="20"/>
        <source>must be an https:// URL with a host name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е https:// адрес с име на хост</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="21"/>
        <source>must be an absolute file path</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е абсолютен път до файл</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="22"/>
        <source>must be lowercase letters, digits and &apos;-&apos;</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да съдържа малки букви, цифри и &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="37"/>
        <source>must be a string</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е текст</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="38"/>
        <source>must be 1-{limit} ASCII letters and digits, with / . _ - inside (e.g. GB-NCA/2026/0042)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е от 1 до {limit} ASCII букви и цифри, с / . _ - вътре (напр. GB-NCA/2026/0042)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="40"/>
        <source>must be a tuple</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е поредица</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="41"/>
        <source>holds more than {limit} references</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа повече от {limit} номера</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="42"/>
        <source>holds the same reference twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа един и същ номер два пъти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="43"/>
        <source>is before the case was opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>е преди откриването на случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="44"/>
        <source>must be an ExternalRef</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е външен номер (ExternalRef)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="45"/>
        <source>must be an array</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е списък</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="47"/>
        <source>must be one of: {choices}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е едно от: {choices}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="50"/>
        <source>must be true or false</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е вярно или невярно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="51"/>
        <source>must be an integer</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е цяло число</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="52"/>
        <source>must be between {minimum} and {maximum}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е между {minimum} и {maximum}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="53"/>
        <source>must be a tuple of strings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е поредица от текстове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="54"/>
        <source>must hold at least {minimum} item(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да съдържа поне {minimum} елемента</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="55"/>
        <source>holds {given} items; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа {given} елемента; ограничението е {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="56"/>
        <source>holds the same entry twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа един и същ елемент два пъти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="57"/>
        <source>must be an object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е обект</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="58"/>
        <source>is far too long</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>е твърде дълго</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="61"/>
        <source>contains a control character ({char})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа управляващ знак ({char})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="62"/>
        <source>contains a bidirectional control character ({char})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа двупосочен управляващ знак ({char})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="64"/>
        <source>is not a known field</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е известно поле</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="65"/>
        <source>is missing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>липсва</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="67"/>
        <source>{code} is not an ISO 3166 country code</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{code} не е код на държава по ISO 3166</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="68"/>
        <source>must be an ISO 3166 country code like RS or SRB</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е код на държава по ISO 3166, напр. RS или SRB</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="69"/>
        <source>{code} is not an ISO 3166 country code (the United Kingdom is GB or GBR)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{code} не е код на държава по ISO 3166 (Обединеното кралство е GB или GBR)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="101"/>
        <source>grading is {grading} but handling is {handling}; one message uses one scheme</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>оценката е {grading}, а обработката е {handling}; едно съобщение използва една схема</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="103"/>
        <source>the conditions after the second &apos;:&apos; are empty</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>условията след второто &apos;:&apos; са празни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="104"/>
        <source>must be one of {choices} in {scheme}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е едно от {choices} в схемата {scheme}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="105"/>
        <source>handling code {code} needs conditions text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>кодът за обработка {code} изисква текст на условията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="106"/>
        <source>only handling code {code} carries conditions text</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>само кодът за обработка {code} съдържа текст на условия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="107"/>
        <source>may be set only with UK handling code C (Europol H2 already forbids it)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>може да се задава само с британския код за обработка C (Europol H2 вече го забранява)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="110"/>
        <source>must be an aware datetime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е дата и час с часова зона</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="111"/>
        <source>must be a message id (lowercase UUIDv7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е идентификатор на съобщение (UUIDv7 с малки букви)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="112"/>
        <source>may hold only ASCII letters, digits and / . _ -</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>може да съдържа само ASCII букви, цифри и / . _ -</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="113"/>
        <source>must be an InterpolNotice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е бюлетин на INTERPOL (InterpolNotice)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="114"/>
        <source>must be a tuple of message ids</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е поредица от идентификатори на съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="115"/>
        <source>names a message twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>посочва съобщение два пъти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="116"/>
        <source>must be a Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е случай (Case)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="131"/>
        <source>must be 32 lowercase base32 characters (a-z, 2-7)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е 32 малки base32 знака (a-z, 2-7)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="132"/>
        <source>officer {officer_id} does not belong to agency {agency_id}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>служителят {officer_id} не принадлежи към агенция {agency_id}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="134"/>
        <source>must be an agency id like GB-NCA: two capital letters, &apos;-&apos;, capitals and digits, at most 64 characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е идентификатор на агенция като GB-NCA: две главни букви, &apos;-&apos;, главни букви и цифри, най-много 64 знака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="137"/>
        <source>must be an officer id like gb-nca.lo-belgrade: the agency id in lower case, &apos;.&apos;, then lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, at most 64 characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е идентификатор на служител като gb-nca.lo-belgrade: идентификаторът на агенцията с малки букви, &apos;.&apos;, след това малки букви, цифри, &apos;-&apos; или &apos;_&apos;, най-много 64 знака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="142"/>
        <source>must be YYYY, YYYY-MM or YYYY-MM-DD (or empty if unknown)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е YYYY, YYYY-MM или YYYY-MM-DD (или празно, ако е неизвестно)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="144"/>
        <source>is before 1880</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>е преди 1880 г.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="145"/>
        <source>an e-mail address holds at most {limit} characters</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>имейл адресът съдържа най-много {limit} знака</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="146"/>
        <source>must be an e-mail address like name@example.org</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е имейл адрес като name@example.org</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="147"/>
        <source>an e-mail address holds no spaces</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>имейл адресът не съдържа интервали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="148"/>
        <source>the part after &apos;@&apos; must be a domain like example.org</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>частта след &apos;@&apos; трябва да е домейн като example.org</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="150"/>
        <source>is not a real date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е реална дата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="151"/>
        <source>may hold only letters, digits and {allowed}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>може да съдържа само букви, цифри и {allowed}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="152"/>
        <source>a person needs a surname, given names or an alias</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>за лицето е нужно фамилно име, собствено име или псевдоним</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="153"/>
        <source>names the same country twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>посочва една и съща държава два пъти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="154"/>
        <source>is before issued_on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>е преди датата на издаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="155"/>
        <source>give both latitude and longitude, or neither</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>посочете и географска ширина, и дължина, или нито една</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="156"/>
        <source>a hull id is 12-17 capital letters and digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>номерът на корпуса е от 12 до 17 главни букви и цифри</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="157"/>
        <source>a VIN is 17 capital letters (not I, O or Q) and digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>VIN е от 17 главни букви (без I, O и Q) и цифри</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="159"/>
        <source>an IMEI is 15 digits</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IMEI се състои от 15 цифри</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="160"/>
        <source>this IMEI fails its check digit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>този IMEI не преминава проверката на контролната цифра</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="162"/>
        <source>holds {given} subjects; the limit is {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съдържа {given} обекта; ограничението е {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="164"/>
        <source>must be a datetime</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е дата и час</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="165"/>
        <source>must carry a time zone (naive datetimes are refused)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да съдържа часова зона (време без зона се отказва)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="167"/>
        <source>must be whole seconds (the wire carries no fractions)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е в цели секунди (преносът не съдържа части от секундата)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="169"/>
        <source>must be an RFC 3339 UTC time like 2026-11-23T03:45:00Z</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е UTC време по RFC 3339, напр. 2026-11-23T03:45:00Z</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="171"/>
        <source>must be a date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е дата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="172"/>
        <source>must be a date like 2026-11-23</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е дата като 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="173"/>
        <source>is not a real date and time</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е реална дата и час</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="175"/>
        <source>choose at least one recipient agency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изберете поне една агенция получател</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="178"/>
        <source>a forward must record its legal basis and the justification for sending it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>препращането трябва да посочи правното основание и обосновката за изпращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="180"/>
        <source>a {kind} must record its legal basis and the justification for sending it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} трябва да посочи правното основание и обосновката за изпращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="182"/>
        <source>agency {agency} is not in the directory; sync to refresh it, or check the agency id</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>агенция {agency} не е в указателя; синхронизирайте, за да го обновите, или проверете кода на агенцията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="184"/>
        <source>cash and assets seized need an amount and its currency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>за иззети пари и активи са нужни сума и валута</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="186"/>
        <source>is before {earliest}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>е преди {earliest}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="187"/>
        <source>is in the future</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>е в бъдещето</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="188"/>
        <source>is not a number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не е число</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="189"/>
        <source>must be 1 to 4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е от 1 до 4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="190"/>
        <source>must be a number such as 12500 or 12500.50 (digits, one decimal point, no separators)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е число като 12500 или 12500.50 (цифри, една десетична точка, без разделители)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="192"/>
        <source>must be a whole number from 1 to {limit}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е цяло число от 1 до {limit}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="193"/>
        <source>must be an ISO 4217 currency code such as EUR, GBP, RSD or BGN</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е код на валута по ISO 4217 като EUR, GBP, RSD или BGN</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="195"/>
        <source>must be an Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е резултат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="196"/>
        <source>must be more than zero and at most {limit} minor units</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да е повече от нула и най-много {limit} най-малки единици</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="198"/>
        <source>must say why (a few words at least)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>трябва да посочи защо (поне няколко думи)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="199"/>
        <source>only cash and assets seized carry an amount</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>сума имат само иззетите пари и активи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="200"/>
        <source>the period ends before it starts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>периодът свършва, преди да започне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="201"/>
        <source>the period is longer than ten years</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>периодът е по-дълъг от десет години</translation>
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
        <translation>{currency} има {places} знака след десетичната точка; {amount} има повече</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="206"/>
        <source>agency {name} is not in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>агенция {name} не е във вашия указател</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="207"/>
        <source>blob {blob_id} is carried twice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>блокът {blob_id} е пренесен два пъти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="208"/>
        <source>officer {name} is not in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>служител {name} не е във вашия указател</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="209"/>
        <source>{name} has no active device in your directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{name} няма активно устройство във вашия указател</translation>
    </message>
    <message>
        <source>agency {agency} is not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">агенция {agency} не е в указателя</translation>
    </message>
    <message>
        <source>agency {agency} has no enrolled device in your directory yet; sync to refresh the directory, then send again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">агенция {agency} още няма регистрирано устройство в указателя Ви; синхронизирайте, за да обновите указателя, и изпратете отново</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/validation_texts.py" line="176"/>
        <source>device {device_id} is not active in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>устройство {device_id} не е активно в указателя</translation>
    </message>
</context>
<context>
    <name>WizardEnrolForm</name>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="9"/>
        <source>Enrolment step</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стъпка на регистрацията</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="16"/>
        <source>Enrolment progress</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ход на регистрацията</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="23"/>
        <source>Enrolment result</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат от регистрацията</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="31"/>
        <source>&amp;Try again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Нов опит</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="37"/>
        <source>&amp;Enrol when connected</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Регистриране при връзка</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_enrol.ui" line="38"/>
        <source>Keep the prepared profile and enrol automatically when the hub can be reached</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване на подготвения профил и автоматична регистрация, когато централният възел е достъпен</translation>
    </message>
</context>
<context>
    <name>WizardFileForm</name>
    <message>
        <location filename="../../ui/wizard_file.ui" line="8"/>
        <source>IT gave you a provisioning file (for example provisioning.json). It says which agency and officer this computer will speak for, and which hub it uses.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>ИТ отделът Ви е предоставил файл за осигуряване на достъп (например provisioning.json). В него е посочено от името на коя служба и кой служител ще действа този компютър и кой централен възел използва.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="16"/>
        <source>Provisioning &amp;file:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Файл за осигуряване на достъп:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="22"/>
        <source>Provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл за осигуряване на достъп</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">&amp;Преглед…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="27"/>
        <source>B&amp;rowse…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Преглед…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="28"/>
        <source>Choose the provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете файла за осигуряване на достъп</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="35"/>
        <source>This file enrols</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този файл регистрира</translation>
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
        <translation>Служител:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="41"/>
        <source>Hub:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централен възел:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="43"/>
        <source>Signature:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подпис:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_file.ui" line="45"/>
        <source>Profile folder:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Папка на профила:</translation>
    </message>
</context>
<context>
    <name>WizardPassphraseForm</name>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="8"/>
        <source>Choose a passphrase. It protects this computer&apos;s keys and the encrypted cache. Several unrelated words are easy to remember and hard to guess. Nobody, not even IT, can recover it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете парола. Тя защитава ключовете на този компютър и шифрования локален кеш. Няколко несвързани думи се запомнят лесно и трудно се отгатват. Никой, дори ИТ отделът, не може да я възстанови.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="14"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="15"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="16"/>
        <source>&amp;Again:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отново:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="17"/>
        <source>Passphrase again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повторение на паролата</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="18"/>
        <source>Strength:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сила:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="19"/>
        <source>Passphrase strength</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сила на паролата</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase.ui" line="25"/>
        <source>Passphrase hint</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съвет за паролата</translation>
    </message>
</context>
<context>
    <name>_DecisionDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="86"/>
        <source>case</source>
        <extracomment>what was done, in words, once accepted (the page shows it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="87"/>
        <source>subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>обект</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="87"/>
        <source>draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>чернова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="86"/>
        <source>message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>съобщение</translation>
    </message>
</context>
</TS>
