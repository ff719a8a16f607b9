<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en_GB">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="280"/>
        <source>Acknowledge</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="285"/>
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
        <location filename="../../liaison_app/gui/compose/actions.py" line="133"/>
        <source>The draft could not be saved: %1</source>
        <extracomment>the draft kind this dialog is kept as (&quot;&quot; for none: an acknowledgement has no text)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Черновата не можа да бъде запазена: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="156"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="156"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигнал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="157"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="157"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="158"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="159"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Споделяне на случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="162"/>
        <source>from {agency} ({officer})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>от {agency} ({officer})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="166"/>
        <source>to {agencies}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>до {agencies}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="166"/>
        <source>single officers</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отделни служители</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="167"/>
        <source>{kind} {who}, {when}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{kind} {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="169"/>
        <source> — case {ref}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> — случай {ref}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="198"/>
        <source>It could not be queued ({error}). It is still here and kept as a draft; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не можа да бъде поставено в опашката ({error}). Все още е тук и е запазено като чернова; опитайте отново и се обърнете към ИТ отдела, ако проблемът продължава.</translation>
    </message>
    <message>
        <source>It could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Не можа да бъде поставено в опашката ({error}). Нищо не е запазено; опитайте отново и се обърнете към ИТ отдела, ако проблемът продължава.</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="67"/>
        <source>Immediate alert from %1</source>
        <extracomment>the officer chose Open: message id of the alert to show</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Незабавен сигнал от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="68"/>
        <source>Urgent alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешен сигнал от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/alert_banner.py" line="74"/>
        <source>case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>случай %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/alert_banner.py" line="71"/>
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
        <location filename="../../liaison_app/gui/compose/pages.py" line="188"/>
        <source>Lookout: watch for and report these subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издирване: наблюдавайте и докладвайте за тези обекти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="189"/>
        <source>Spontaneous information: shared without a request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спонтанна информация: предоставена без искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="191"/>
        <source>Warning: a threat or imminent crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение: заплаха или предстоящо преминаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="192"/>
        <source>No INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Без бюлетин на INTERPOL</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="207"/>
        <source>No INTERPOL notice is referred to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не се посочва бюлетин на INTERPOL.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="210"/>
        <source>Notice asks for: {meaning}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бюлетинът изисква: {meaning}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="226"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изберете един елемент от списъка</translation>
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
        <location filename="../../liaison_app/gui/pages/case_view.py" line="52"/>
        <source>Case</source>
        <extracomment>a case is on screen (ref), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="100"/>
        <source>Cannot show the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаят не може да бъде показан</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="110"/>
        <source>Case %1: %2</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай %1: %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="143"/>
        <source>seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>срещан в получени съобщения; все още няма местен запис за случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="165"/>
        <source>%1 of %2 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 от %2 съобщения (най-старите първо)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="168"/>
        <source>%1 messages (oldest first)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения: %1 (най-старите първо)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="171"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="171"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="174"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="200"/>
        <source>Case review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преглед на случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="202"/>
        <source>Reply owed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дължим отговор: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="203"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="203"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/case_view.py" line="212"/>
        <source>Nothing is due.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма задачи с настъпил срок.</translation>
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
        <location filename="../../ui/case_view.ui" line="22"/>
        <source>Timeline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="24"/>
        <source>How many messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брой съобщения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Messages of the case, oldest first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения по случая, най-старите първо</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Direction</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Посока</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="25"/>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="29"/>
        <source>Due and overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>С настъпил и изтекъл срок</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>Due and overdue items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Елементи с настъпил или изтекъл срок</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="31"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="35"/>
        <source>Subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Subjects of the case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти по случая</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Category</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Role</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="37"/>
        <source>Personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лични данни</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="41"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="43"/>
        <source>Case notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележки по случая</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../liaison_app/gui/compose/_util.py" line="162"/>
        <source>choose one from the list</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>изберете един елемент от списъка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="419"/>
        <source>Not possible</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е възможно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="472"/>
        <source>This draft cannot be opened here.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Тази чернова не може да бъде отворена тук.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/__init__.py" line="63"/>
        <location filename="../../liaison_app/gui/compose/actions.py" line="472"/>
        <source>Draft not opened</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Черновата не е отворена</translation>
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
        <location filename="../../liaison_app/gui/compose/dialog.py" line="63"/>
        <source>Compose request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съставяне на искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="63"/>
        <source>Raise alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаване на сигнал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="76"/>
        <source>A request for information to partner agencies. The reply is due within the time limit of its urgency class.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искане за информация до партньорските служби. Отговорът се дължи в срока, определен за степента на спешност.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="78"/>
        <source>A law-enforcement alert to partner agencies: a lookout, spontaneous information or a warning.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Полицейски сигнал до партньорските служби: издирване, спонтанна информация или предупреждение.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="92"/>
        <source>Request details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности за искането</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="93"/>
        <source>Alert details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности за сигнала</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="130"/>
        <source>%1 (Alt+%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="195"/>
        <source>The draft could not be saved: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Черновата не можа да бъде запазена: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="312"/>
        <source>The profile was locked before the message was queued. Unlock and open it from Drafts.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профилът беше заключен, преди съобщението да бъде поставено в опашката. Отключете го и отворете съобщението от Чернови.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="328"/>
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
        <location filename="../../liaison_app/gui/compose/dialog.py" line="278"/>
        <source>The message was not queued: correct the fields marked in red.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението не е поставено в опашката: коригирайте полетата, отбелязани в червено.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="311"/>
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
        <location filename="../../liaison_app/gui/compose/dialog.py" line="323"/>
        <location filename="../../liaison_app/gui/compose/dialog.py" line="327"/>
        <source>Message not queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението не е поставено в опашката</translation>
    </message>
    <message>
        <source>The message could not be queued ({error}). Nothing was saved; try again, and contact IT if it keeps happening.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation type="vanished">Съобщението не можа да бъде поставено в опашката ({error}). Нищо не е запазено; опитайте отново и се обърнете към ИТ отдела, ако проблемът продължава.</translation>
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
        <location filename="../../ui/compose.ui" line="52"/>
        <source>Problem with the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със съобщението</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="60"/>
        <source>Sign and queue works offline: the message is sealed now and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„Подписване и поставяне в опашката“ работи и без връзка: съобщението се запечатва сега и се изпраща при следващата синхронизация.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="71"/>
        <location filename="../../ui/compose.ui" line="73"/>
        <source>Cancel</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="78"/>
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
        <location filename="../../ui/compose.ui" line="79"/>
        <source>Sign, encrypt and queue for sending (Ctrl+Enter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване, шифроване и поставяне в опашката за изпращане (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.ui" line="81"/>
        <source>Sign and queue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подписване и поставяне в опашката</translation>
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
        <location filename="../../ui/compose_message.ui" line="35"/>
        <source>Tick an agency to address all its officers, or open it and tick single officers. Only agencies with a device in your directory are listed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отметнете служба, за да адресирате всички нейни служители, или я отворете и отметнете отделни служители. Показани са само службите с устройство във Вашия указател.</translation>
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
        <translation>До&amp;бавяне на обект</translation>
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
        <location filename="../../liaison_app/gui/models/labels.py" line="182"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="187"/>
        <source>%n day(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="185"/>
        <source>1 day %1 h</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>1 ден %1 ч</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="189"/>
        <source>%1 h %2 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="191"/>
        <source>%1 min</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="200"/>
        <source>due in %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>срок след %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="201"/>
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
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="64"/>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="94"/>
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
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="70"/>
        <source>Suspect</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заподозрян</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="71"/>
        <source>Convicted person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Осъдено лице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="72"/>
        <source>Victim</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Жертва</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="73"/>
        <source>Witness</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Свидетел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="74"/>
        <source>Contact or associate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Контакт или съучастник</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="76"/>
        <source>yes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="77"/>
        <source>no</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="78"/>
        <source>Lookout</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Издирване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="79"/>
        <source>Spontaneous information</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спонтанна информация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="80"/>
        <source>Warning</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="81"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="82"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Частично предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="83"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="84"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поискано е уточнение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="85"/>
        <source>Technical (arrived)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Техническо (получено)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="86"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прочетено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="87"/>
        <source>Business (being acted on)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предприемат се действия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="88"/>
        <source>Rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Коригиране</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="89"/>
        <source>Withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="91"/>
        <source>Female</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Женски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="92"/>
        <source>Male</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Мъжки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="93"/>
        <source>Unknown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="95"/>
        <source>Lorry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Товарен автомобил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="96"/>
        <source>Van</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="97"/>
        <source>Car</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лек автомобил</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="98"/>
        <source>Bus</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Автобус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="99"/>
        <source>Boat</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Плавателен съд</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="100"/>
        <source>Passport</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="101"/>
        <source>Identity card</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лична карта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="102"/>
        <source>Visa</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Виза</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="103"/>
        <source>Residence permit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разрешение за пребиваване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="104"/>
        <source>Genuine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Истински</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="105"/>
        <source>False (forged or counterfeit)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неистински (подправен или преправен)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="106"/>
        <source>Stolen</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откраднат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="107"/>
        <source>Stolen blank</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Откраднат бланков образец</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="108"/>
        <source>Phone number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефонен номер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="109"/>
        <source>IMEI</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="110"/>
        <source>E-mail address</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Адрес на електронна поща</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="111"/>
        <source>Messaging handle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потребителско име в приложение за съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="112"/>
        <source>Road</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Автомобилен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="113"/>
        <source>Rail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Железопътен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="114"/>
        <source>Sea</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Морски</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="115"/>
        <source>River</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Речен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="116"/>
        <source>Air</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въздушен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="117"/>
        <source>On foot</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пеша</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="118"/>
        <source>Mixed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Комбиниран</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="120"/>
        <source>Purpose</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="121"/>
        <source>Information requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искана информация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="122"/>
        <source>Grounds</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основания</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="123"/>
        <source>Urgency</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="124"/>
        <source>Evidence use sought</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Иска се използване като доказателство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="125"/>
        <source>Alert kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид сигнал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="126"/>
        <source>Action requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искано действие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="127"/>
        <source>Valid until</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валидно до</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="128"/>
        <source>INTERPOL notice</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бюлетин на INTERPOL</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="129"/>
        <source>Outcome</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="130"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="131"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="132"/>
        <source>Of message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="133"/>
        <source>Action</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="134"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="135"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="136"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област на престъпността</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="138"/>
        <source>Aliases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Псевдоними</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="139"/>
        <source>Colour</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цвят</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="140"/>
        <source>Country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="141"/>
        <source>Date of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="142"/>
        <source>Document type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид документ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="143"/>
        <source>Expires on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на изтичане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="144"/>
        <source>Given names</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="145"/>
        <source>Identifier kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид идентификатор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="146"/>
        <source>Is border crossing</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Граничен пункт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="147"/>
        <source>Issued on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на издаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="148"/>
        <source>Issuing country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на издаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="149"/>
        <source>Latitude e6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска ширина (×10⁶)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="150"/>
        <source>Longitude e6</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Географска дължина (×10⁶)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="151"/>
        <source>Make</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Марка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="152"/>
        <source>Mode</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Начин</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="153"/>
        <source>Model</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Модел</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="154"/>
        <source>Name</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="155"/>
        <source>Nationalities</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Гражданства</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="156"/>
        <source>Notes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="157"/>
        <source>Number</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="158"/>
        <source>Place of birth</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Място на раждане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="159"/>
        <source>Registration</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрационен номер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="160"/>
        <source>Registration country</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Държава на регистрация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="161"/>
        <source>Service</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="162"/>
        <source>Sex</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="163"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="164"/>
        <source>Surname</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="165"/>
        <source>Value</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/domain_texts.py" line="166"/>
        <source>Vehicle kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид превозно средство</translation>
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
        <translation>Междинни точки</translation>
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
        <location filename="../../liaison_app/gui/pages/drafts.py" line="87"/>
        <source>(no recipient yet)</source>
        <extracomment>the list was re-read: how many drafts refreshed by the shell on ctx.data_changed (when shown, or when next shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(все още няма получател)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="90"/>
        <source>(no text yet)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>(все още няма текст)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/drafts.py" line="100"/>
        <source>%n draft(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n чернова</numerusform>
            <numerusform>%n чернови</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="128"/>
        <source>Discard draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отхвърляне на черновата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/drafts.py" line="129"/>
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
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="176"/>
        <source>Enrolment</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="177"/>
        <source>Step 3 of 3: keys, encrypted cache and the hub.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стъпка 3 от 3: ключове, шифрован локален кеш и централен възел.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="228"/>
        <source>Enrolled. Liaison is ready.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрацията е завършена. Liaison е готов.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="233"/>
        <source>Your profile is ready, but the hub could not enrol this computer yet.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профилът Ви е готов, но централният възел все още не можа да регистрира този компютър.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="236"/>
        <source>{0}

Choose “Enrol when connected” to start using Liaison now: you can read the cache and queue work, and Liaison enrols at the first sync that reaches the hub. Or connect and choose “Try again”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}

Изберете „Регистриране при връзка“, за да започнете да използвате Liaison веднага: можете да четете локалния кеш и да поставяте работа в опашката, а Liaison ще се регистрира при първата синхронизация, която достигне централния възел. Или се свържете и изберете „Нов опит“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="249"/>
        <source>Enrolment did not finish.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Регистрацията не завърши.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="275"/>
        <source>Making keys and the encrypted cache…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Създаване на ключовете и шифрования локален кеш…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="278"/>
        <source>Opening the prepared profile…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на подготвения профил…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="282"/>
        <source>Contacting the hub at {0}…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Свързване с централния възел {0}…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="292"/>
        <source>Opening Liaison…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на Liaison…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="156"/>
        <source>Erase a record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване на запис</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="158"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изтриване…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="159"/>
        <source>Erase the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване на записа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="161"/>
        <source>Erase %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване: %1 %2 — %3 (срокът за преглед беше %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="176"/>
        <source>Also erase the %n message(s) that carry this subject</source>
        <extracomment>the confirmation box while it is open (tests press its buttons)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Изтриване и на %n съобщение, което съдържа този обект</numerusform>
            <numerusform>Изтриване и на %n съобщения, които съдържат този обект</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="192"/>
        <source>Erase subject %1 “%2” and the %n message(s) that carry it?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Да се изтрие ли обект %1 „%2“ и %n съобщение, което го съдържа?</numerusform>
            <numerusform>Да се изтрие ли обект %1 „%2“ и %n съобщения, които го съдържат?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="195"/>
        <source>Erase subject %1 “%2”?</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да се изтрие ли обект %1 „%2“?</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="197"/>
        <source>This cannot be undone.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това действие е необратимо.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="200"/>
        <source>Confirm erasure</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждаване на изтриването</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="206"/>
        <source>Erase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="235"/>
        <source>Erased subject %1 and %n message(s). The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Изтрити са обект %1 и %n съобщение. Изтриването е записано в одитния журнал.</numerusform>
            <numerusform>Изтрити са обект %1 и %n съобщения. Изтриването е записано в одитния журнал.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="238"/>
        <source>Erased subject %1. The erasure is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект %1 е изтрит. Изтриването е записано в одитния журнал.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="32"/>
        <source>Re-enrolment needed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Необходима е повторна регистрация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="34"/>
        <source>Cannot unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отключването е невъзможно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="36"/>
        <source>Not done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е извършено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="38"/>
        <source>Check the form</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверете формуляра</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="38"/>
        <source>This entry is not valid: {0}. Correct it and try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това въвеждане не е валидно: {0}. Коригирайте го и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="42"/>
        <source>Local cache problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с локалния кеш</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="45"/>
        <source>Sync problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем със синхронизацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="47"/>
        <source>File problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем с файл</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="47"/>
        <source>A file could not be read or written ({0}). Check the disk and the folder permissions, then try again.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл не можа да бъде прочетен или записан ({0}). Проверете диска и правата за достъп до папката, след което опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="50"/>
        <source>Something went wrong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Възникна грешка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="50"/>
        <source>Liaison hit an unexpected problem and stopped that action. Your data is safe. Try again; if it happens again, contact IT and mention the time ({0}).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison срещна неочакван проблем и прекрати това действие. Данните Ви са в безопасност. Опитайте отново; ако се повтори, обърнете се към ИТ отдела и посочете часа ({0}).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="61"/>
        <source>Working offline: your work is kept and sent at the next sync.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Работа извън линия: работата Ви е запазена и ще бъде изпратена при следващата синхронизация.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="64"/>
        <source>The hub asked to slow down; Liaison retries by itself.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел поиска забавяне; Liaison ще опита отново автоматично.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="67"/>
        <source>This computer must be enrolled again. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този компютър трябва да бъде регистриран отново. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="70"/>
        <source>The hub&apos;s identity did not match. Do not continue; contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Самоличността на централния възел не съвпада. Не продължавайте; обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="73"/>
        <source>The hub refused the request. Contact IT if it persists.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел отказа заявката. Обърнете се към ИТ отдела, ако проблемът продължава.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/errors.py" line="74"/>
        <source>The hub answered something unexpected. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Централният възел върна неочакван отговор. Обърнете се към ИТ отдела.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="67"/>
        <source>Provisioning file</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл за осигуряване на достъп</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="68"/>
        <source>Step 1 of 3: the file IT gave you.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стъпка 1 от 3: файлът, предоставен Ви от ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="83"/>
        <source>Provisioning file from IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файл за осигуряване на достъп от ИТ отдела</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="84"/>
        <source>Provisioning files (*.json);;All files (*)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Файлове за осигуряване на достъп (*.json);;Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="96"/>
        <source>No file chosen.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е избран файл.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="97"/>
        <source>There is no file at this place.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На това място няма файл.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="106"/>
        <source>Not valid: {0} Ask IT for a new file.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Невалиден: {0} Поискайте нов файл от ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="115"/>
        <source>Valid: signed by your IT provisioning authority; expires {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Валиден: подписан от Вашия ИТ орган за осигуряване на достъп; изтича на {0}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="307"/>
        <source>Liaison — First run</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Първо стартиране</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="317"/>
        <source>Open Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на Liaison</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="334"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="346"/>
        <source>Handling code: {text}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Код за обработка: {text}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="347"/>
        <source>No handling code.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма код за обработка.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="382"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Могат да се препращат само искания и сигнали.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="387"/>
        <source>Allowed: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разрешено: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="388"/>
        <source>Refused: {reason}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано: {reason}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="406"/>
        <source>tick at least one agency to forward to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отметнете поне една служба, до която да се препрати</translation>
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
    <name>Justification</name>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="154"/>
        <source>Justified earlier in this session for case %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обосновано по-рано в тази сесия за случай %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="160"/>
        <source>Could not record the consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Справката не можа да бъде записана</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="72"/>
        <location filename="../../liaison_app/gui/pages/justification.py" line="73"/>
        <source>Reason for opening personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основание за отваряне на лични данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="85"/>
        <source>&amp;Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Отваряне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="86"/>
        <source>Open the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на записа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="89"/>
        <source>%1 — case %2 (the reason covers the whole case until you lock)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 — случай %2 (основанието важи за целия случай, докато не заключите)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/justification.py" line="114"/>
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
        <translation>&amp;Основание за отваряне:</translation>
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
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="107"/>
        <source>Keep until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване до нова дата за преглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="109"/>
        <source>&amp;Keep</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="110"/>
        <source>Keep the record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване на записа</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="115"/>
        <source>Keep %1 %2 — %3 (review was due on %4)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване: %1 %2 — %3 (срокът за преглед беше %4)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="143"/>
        <source>Kept %1 %2 until %3. Your reason is in the audit log.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 %2 е запазен до %3. Основанието Ви е записано в одитния журнал.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="18"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="54"/>
        <source>Request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="19"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="55"/>
        <source>Alert</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигнал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="20"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="56"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="21"/>
        <source>Acknowledgement</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Потвърждение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="22"/>
        <source>Case share</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Споделяне на случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="23"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="58"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="26"/>
        <source>Draft</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чернова</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="27"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="36"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="28"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="37"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="68"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="29"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="38"/>
        <source>Delivered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Доставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="30"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="39"/>
        <source>Read</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прочетено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="31"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="40"/>
        <source>Replied</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="32"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="41"/>
        <location filename="../../liaison_app/gui/models/labels.py" line="69"/>
        <source>Failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неуспешно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="35"/>
        <source>Unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Непрочетени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="45"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Очаква се отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="46"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поискано е уточнение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="47"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="48"/>
        <source>Partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Частично отговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="49"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="50"/>
        <source>Withdrawn</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттеглено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="57"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="61"/>
        <source>Routine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обичайно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="62"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="63"/>
        <source>Urgent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="64"/>
        <source>Immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Незабавно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="67"/>
        <source>Waiting to send</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чака изпращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="72"/>
        <source>Open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="73"/>
        <source>Dormant</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неактивен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="74"/>
        <source>Closed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приключен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="77"/>
        <source>Migrant smuggling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Контрабанда на мигранти</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="78"/>
        <source>Trafficking in human beings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Трафик на хора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="79"/>
        <source>Document fraud</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Документни измами</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="80"/>
        <source>Other</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Друго</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="83"/>
        <source>Damaged or malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повредено или неправилно форматирано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="84"/>
        <source>From a newer version of Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От по-нова версия на Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="85"/>
        <source>Sender signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Невалиден подпис на подателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="86"/>
        <source>Message signature invalid</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Невалиден подпис на съобщението</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="87"/>
        <source>Envelope and message disagree</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пликът и съобщението не съвпадат</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="88"/>
        <source>Not addressed to this device</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е адресирано до това устройство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="89"/>
        <source>Sender not in the directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подателят не е в указателя</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="90"/>
        <source>Sender&apos;s device revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Устройството на подателя е отменено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="91"/>
        <source>Expired</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтекло</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="92"/>
        <source>Received twice (replay)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено два пъти (повторение)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="95"/>
        <source>Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отключване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="96"/>
        <source>Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Заключване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="97"/>
        <source>Consultation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="98"/>
        <source>Created</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Създадено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="99"/>
        <source>Altered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Променено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="100"/>
        <source>Disclosed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Разкрито</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="101"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="102"/>
        <source>Forwarded</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="103"/>
        <source>Exported</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Експортирано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="104"/>
        <source>Erased</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтрито</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="105"/>
        <source>Policy changed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Политиката е променена</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="108"/>
        <source>Person</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="109"/>
        <source>Organisation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="110"/>
        <source>Vehicle</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Превозно средство</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="111"/>
        <source>Travel document</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Документ за пътуване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="112"/>
        <source>Phone or identifier</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Телефон или идентификатор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="113"/>
        <source>Location</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="114"/>
        <source>Route</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="117"/>
        <source>Active</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/labels.py" line="118"/>
        <source>Revoked</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отменен</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="84"/>
        <source>%1 (overdue)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="144"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="313"/>
        <source>Priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="178"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="319"/>
        <source>Type</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="167"/>
        <source>From</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="196"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="320"/>
        <source>To</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="174"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="321"/>
        <source>Summary</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="154"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="307"/>
        <source>Failed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Неуспешно: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="189"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="322"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="197"/>
        <source>Grading</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="198"/>
        <source>Handling</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обработка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="191"/>
        <source>Date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="159"/>
        <source>Due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="244"/>
        <source>Status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="236"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="237"/>
        <source>Title</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="239"/>
        <source>Crime area</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Област на престъпността</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="250"/>
        <source>Seen on received messages; no local case record yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срещан в получени съобщения; все още няма местен запис за случая</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="256"/>
        <source>Messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="259"/>
        <source>Next due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Следващ срок</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="265"/>
        <source>Review on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преглед на</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="266"/>
        <source>Updated</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обновено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="151"/>
        <location filename="../../liaison_app/gui/models/tables.py" line="302"/>
        <source>State</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="324"/>
        <source>Queued</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="330"/>
        <source>Attempts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Опити</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="333"/>
        <source>Next attempt</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Следващ опит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="329"/>
        <source>Sent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="101"/>
        <source>Your reply is due %1 (%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вашият отговор е със срок %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="102"/>
        <source>Their reply is due %1 (%2)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Техният отговор е със срок %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="182"/>
        <source>Follow-up</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проследяване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="184"/>
        <source>Received: your answer is owed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено: дължите отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="186"/>
        <source>Sent: the partner&apos;s answer is awaited</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпратено: очаква се отговорът на партньора</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="337"/>
        <source>Last error</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последна грешка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="364"/>
        <source>Received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="369"/>
        <source>Reason</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="373"/>
        <source>Detail</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="374"/>
        <source>Envelope</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Плик</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="376"/>
        <source>Size</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="377"/>
        <source>%1 bytes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 байта</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="407"/>
        <source>No.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="409"/>
        <source>When</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="413"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="414"/>
        <source>Who</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="415"/>
        <source>Object</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект на действието</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/models/tables.py" line="416"/>
        <source>Details</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="149"/>
        <location filename="../../ui/page_list.ui" line="67"/>
        <source>List</source>
        <extracomment>the model re-reads itself on ctx.data_changed (coalesced, and when shown)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Списък</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="202"/>
        <source>%1 of %2 shown</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показани %1 от %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="207"/>
        <source>%1 items</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Елементи: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="244"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="277"/>
        <source>Any status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всеки статус</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="236"/>
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
        <location filename="../../liaison_app/gui/pages/lists.py" line="238"/>
        <location filename="../../liaison_app/gui/pages/lists.py" line="242"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="228"/>
        <source>Any priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всеки приоритет</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="229"/>
        <source>Urgent and immediate</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешни и незабавни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="237"/>
        <source>Not replied yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още без отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="248"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигнали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="250"/>
        <source>Messages received</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получени съобщения</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="281"/>
        <source>Reference, title or SIENA/INTERPOL reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер, наименование или номер в SIENA/INTERPOL</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="285"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="303"/>
        <source>Show requests that are</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показване на искания, които са</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="306"/>
        <source>&amp;Show:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Показване:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="313"/>
        <source>Every request</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всички искания</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="314"/>
        <source>Still open</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още отворени</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="317"/>
        <source>Requests awaiting a reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искания, които очакват отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="338"/>
        <source>Any state</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всяко състояние</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="345"/>
        <source>&amp;Retry</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Повторен опит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="346"/>
        <source>Send the refused message again</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повторно изпращане на отхвърленото съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="347"/>
        <source>Queue the selected message again: the hub refused it</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Повторно поставяне на избраното съобщение в опашката: хъбът го отхвърли</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="355"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изходящи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="392"/>
        <source>Quarantined envelopes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Пликове в карантина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="400"/>
        <source>Show entries of kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показване на записи от вид</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="403"/>
        <source>&amp;Kind:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="404"/>
        <source>Every kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всички видове</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/lists.py" line="411"/>
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
        <location filename="../../ui/page_list.ui" line="26"/>
        <source>&amp;Status:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="32"/>
        <source>Show status</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показване на статус</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="37"/>
        <source>&amp;Priority:</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="43"/>
        <source>Show priority</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Показване на приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/page_list.ui" line="54"/>
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
        <location filename="../../liaison_app/gui/main_window.py" line="82"/>
        <source>Liaison — {0} ({1})</source>
        <extracomment>the officer asked to lock (reason: &quot;user&quot;)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="192"/>
        <source>&amp;Lock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Заключване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="195"/>
        <source>&amp;Settings…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="201"/>
        <source>&amp;Message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Съобщение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="202"/>
        <source>New &amp;request…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ново &amp;искане…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="204"/>
        <source>Raise &amp;alert…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подаване на &amp;сигнал…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="207"/>
        <source>&amp;View</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="208"/>
        <source>&amp;Search</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Търсене</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="210"/>
        <source>Sync &amp;now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизиране се&amp;га</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="218"/>
        <source>&amp;Help</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>По&amp;мощ</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="219"/>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Клавишни комбинации</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="224"/>
        <source>&amp;About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;За Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="235"/>
        <source>This view is not available in this build.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този изглед не е наличен в тази версия.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="172"/>
        <location filename="../../liaison_app/gui/main_window.py" line="301"/>
        <source>{0} ({1})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="292"/>
        <source>{0}: %n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n запис за преглед</numerusform>
            <numerusform>{0}: %n записа за преглед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="311"/>
        <location filename="../../liaison_app/gui/main_window.py" line="313"/>
        <source>{0}: %n unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n непрочетено</numerusform>
            <numerusform>{0}: %n непрочетени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="316"/>
        <source>{0}: %n request(s) not answered yet</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n искане все още без отговор</numerusform>
            <numerusform>{0}: %n искания все още без отговор</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="319"/>
        <source>{0}: %n draft(s)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n чернова</numerusform>
            <numerusform>{0}: %n чернови</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/main_window.py" line="322"/>
        <source>{0}: %n refused by the hub</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>{0}: %n отхвърлено от хъба</numerusform>
            <numerusform>{0}: %n отхвърлени от хъба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="323"/>
        <source>({0}) {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>({0}) {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="381"/>
        <location filename="../../liaison_app/gui/main_window.py" line="390"/>
        <source>Not available</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е налично</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="382"/>
        <location filename="../../liaison_app/gui/main_window.py" line="391"/>
        <source>Composing is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съставянето на съобщения не е налично в тази версия. Обърнете се към ИТ отдела.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="418"/>
        <source>About Liaison</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/main_window.py" line="419"/>
        <source>Liaison {0}
Signed, end-to-end encrypted requests and alerts between liaison officers.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison {0}
Подписани искания и сигнали между офицери за връзка, шифровани от край до край.</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="57"/>
        <source>provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="58"/>
        <source>partly answered</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>частично отговорено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="59"/>
        <source>refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>отказано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="60"/>
        <source>clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>поискано е уточнение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="61"/>
        <source>rectify</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>поправка</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="62"/>
        <source>withdraw</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="63"/>
        <source>being acted on</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>в процес на действие</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="84"/>
        <source>Yes</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="84"/>
        <source>No</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="106"/>
        <source>Message detail</source>
        <extracomment>a message is on screen (id), after any justification</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Подробности за съобщението</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="184"/>
        <source>Cannot show the message</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщението не може да бъде показано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="195"/>
        <source>%1 from %2 (%3)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 от %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="251"/>
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
        <location filename="../../liaison_app/gui/pages/detail.py" line="302"/>
        <source>not to be passed on without the provider&apos;s consent</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>да не се предава без съгласието на предоставящия информацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="334"/>
        <source>Forward</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="342"/>
        <source>%1, %2 %3, %4</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1, %2 %3, %4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="344"/>
        <source>from</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>от</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="345"/>
        <source>to</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="354"/>
        <source>Conversation</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Кореспонденция</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="373"/>
        <source>Forwarding is not allowed: %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Препращането не е разрешено: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="377"/>
        <source>Only requests and alerts can be forwarded.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Могат да се препращат само искания и сигнали.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="397"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="402"/>
        <source>Not available</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Не е налично</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/detail.py" line="398"/>
        <location filename="../../liaison_app/gui/pages/detail.py" line="403"/>
        <source>This action is not available in this build. Contact IT.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Това действие не е налично в тази версия. Обърнете се към ИТ отдела.</translation>
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
        <location filename="../../liaison_app/gui/compose/pages.py" line="92"/>
        <source>No partner agency has an enrolled device in your directory yet. Sync when connected to refresh the directory.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още няма партньорска служба с регистрирано устройство във Вашия указател. Синхронизирайте при наличие на връзка, за да обновите указателя.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/pages.py" line="142"/>
        <source>{when} local time ({utc} UTC) if queued now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{when} местно време ({utc} UTC), ако се постави в опашката сега</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="88"/>
        <source>Inbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Входящи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="91"/>
        <source>Cases</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="90"/>
        <source>Alerts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сигнали</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="89"/>
        <source>Awaiting reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Очаква се отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="92"/>
        <source>Drafts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Чернови</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="93"/>
        <source>Outbox</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изходящи</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="94"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Указател</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="95"/>
        <source>Quarantine</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Карантина</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="96"/>
        <source>Audit</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Одит</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/__init__.py" line="97"/>
        <source>Review due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За преглед</translation>
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
        <location filename="../../liaison_app/gui/notify.py" line="50"/>
        <source>%n new urgent alert(s)</source>
        <extracomment>emitted for every notification shown: (how, title, text); how = &quot;tray&quot; | &quot;banner&quot; the officer clicked the tray message: message id of the newest alert</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n нов спешен сигнал</numerusform>
            <numerusform>%n нови спешни сигнала</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="52"/>
        <source>Immediate alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Незабавен сигнал от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="53"/>
        <source>Urgent alert from %1</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Спешен сигнал от %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/notify.py" line="64"/>
        <source>Open Liaison to read it.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отворете Liaison, за да го прочетете.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/notify.py" line="74"/>
        <source>Liaison — %n unread</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Liaison — %n непрочетено</numerusform>
            <numerusform>Liaison — %n непрочетени</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../liaison_app/gui/models/paged.py" line="319"/>
        <source>%1 (cannot be sorted)</source>
        <extracomment>rows of the first page read before the rest of it is needed (a few screens) a page was read from the cache (offset, rows): lets tests count queries pages read only in part (number -&gt; rows still to read)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>%1 (не може да се сортира)</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="130"/>
        <source>Passphrase</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="131"/>
        <source>Step 2 of 3: protects the keys on this computer.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Стъпка 2 от 3: защитава ключовете на този компютър.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="145"/>
        <source>weak</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>слаба</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="145"/>
        <source>fair</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>задоволителна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="145"/>
        <source>good</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>добра</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="145"/>
        <source>strong</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>силна</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="147"/>
        <source>At least {0} characters; several words are best.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поне {0} знака; най-добре е няколко думи.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="150"/>
        <source>Too short: at least {0} characters.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Твърде кратка: поне {0} знака.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="152"/>
        <source>The two passphrases differ.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="154"/>
        <source>Strength: {0}.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Сила: {0}.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="156"/>
        <source>Add another word or two to make it stronger.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Добавете още една-две думи, за да стане по-силна.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/wizard.py" line="158"/>
        <source>Type it again below.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въведете я отново по-долу.</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="302"/>
        <source>Recall</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="308"/>
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
        <location filename="../../liaison_app/gui/compose/actions.py" line="223"/>
        <source>Reply</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отговор</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="229"/>
        <source>Only a message you received can be replied to.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Може да се отговори само на съобщение, което сте получили.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="236"/>
        <source>The information requested is given.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Исканата информация е предоставена.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="237"/>
        <source>Part of it is given; say what is missing and why.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предоставена е част от нея; посочете какво липсва и защо.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="238"/>
        <source>The request is refused; give the grounds (refusals are recorded, Directive (EU) 2023/977 Art. 16).</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Искането е отказано; посочете основанията (отказите се записват, Директива (ЕС) 2023/977, чл. 16).</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="240"/>
        <source>More detail is needed before answering; say what is needed.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Преди отговора са необходими повече подробности; посочете какво е необходимо.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="244"/>
        <source>Provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="245"/>
        <source>Partially provided</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Частично предоставено</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="246"/>
        <source>Refused</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="247"/>
        <source>Clarification requested</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Поискано пояснение</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="265"/>
        <source>&amp;Reason (required):</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Причина (задължително):</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/actions.py" line="266"/>
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
        <location filename="../../liaison_app/gui/pages/review.py" line="105"/>
        <source>%n record(s) due for review</source>
        <extracomment>the list was re-read: how many records are due a decision was made and audited (what was done, in words) refreshed by the shell on ctx.data_changed (when shown, or when next shown) the decision dialog while it is open (tests fill it in)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n запис за преглед</numerusform>
            <numerusform>%n записа за преглед</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="106"/>
        <source>Nothing is due for review.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма записи за преглед.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="112"/>
        <source>Due today</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Срокът е днес</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="113"/>
        <source>%n day(s) overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>Просрочено с %n ден</numerusform>
            <numerusform>Просрочено с %n дни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="114"/>
        <source>Case</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="114"/>
        <source>Subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обект</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="157"/>
        <source>A whole case cannot be erased here. Keep it with a reason, or press Enter to open the case and review its subjects and messages.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Цял случай не може да бъде изтрит тук. Запазете го с посочено основание или натиснете Enter, за да отворите случая и да прегледате обектите и съобщенията му.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review.py" line="171"/>
        <source>No message carries this subject.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Нито едно съобщение не съдържа този обект.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/pages/review.py" line="172"/>
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
        <location filename="../../ui/page_review.ui" line="19"/>
        <source>Personal data is reviewed when its review date comes. Keep a record until a new review date, or erase it. Each decision is written to the audit log with your reason.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Личните данни се преглеждат, когато настъпи датата за преглед. Запазете записа до нова дата за преглед или го изтрийте. Всяко решение се записва в одитния журнал заедно с основанието Ви.</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="27"/>
        <source>How many records are due</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Брой записи за преглед</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="37"/>
        <source>&amp;Keep until…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Запазване до…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="38"/>
        <source>Keep the selected record until a new review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Запазване на избрания запис до нова дата за преглед</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="44"/>
        <source>&amp;Erase…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>&amp;Изтриване…</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="45"/>
        <source>Erase the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изтриване на избрания запис</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="53"/>
        <source>Records due for review, oldest review date first</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Записи за преглед, първо тези с най-ранна дата</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="58"/>
        <source>Kind</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="59"/>
        <source>Reference</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="60"/>
        <source>Label</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Означение</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="61"/>
        <source>Review date</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Дата на преглед</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="62"/>
        <source>Overdue</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="69"/>
        <source>About the selected record</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>За избрания запис</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="76"/>
        <source>Last decision</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последно решение</translation>
    </message>
    <message>
        <location filename="../../ui/page_review.ui" line="84"/>
        <source>Problem</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проблем</translation>
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
        <location filename="../../liaison_app/gui/pages/search.py" line="51"/>
        <source>Search results</source>
        <extracomment>a subject&apos;s details are on screen (its ref)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Резултати от търсенето</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="86"/>
        <source>Search failed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Търсенето е неуспешно</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="90"/>
        <source>Cases (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Случаи (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="93"/>
        <source>%1 messages</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения: %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="95"/>
        <source>Messages (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Съобщения (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="100"/>
        <source>Subjects (%1)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Обекти (%1)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="103"/>
        <source>personal data</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>лични данни</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="126"/>
        <source>Nothing found for “%1”.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Няма резултати за „%1“.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/search.py" line="129"/>
        <source>“%1”: %2 cases, %3 messages, %4 subjects</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>„%1“: случаи %2, съобщения %3, обекти %4</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="67"/>
        <source>set by IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>зададено от ИТ отдела</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/settings_dialog.py" line="68"/>
        <source>locked at a safe value: the policy file is malformed</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>заключено на безопасна стойност: файлът с политиката е повреден</translation>
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
        <location filename="../../liaison_app/gui/app.py" line="158"/>
        <source>Locked after {0} minutes without activity.</source>
        <extracomment>a session was opened (the main window is showing) the session was closed by a lock (reason) test hook: when set, the idle limit used instead of the policy&apos;s minutes</extracomment>
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
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="37"/>
        <source>Go to a compose tab (Message … Case)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отиване на раздел от съставянето (Съобщение … Случай)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="38"/>
        <source>Alt+1 … Alt+5</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Alt+1 … Alt+5</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="39"/>
        <source>Go to a field or button (the underlined letter)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отиване на поле или бутон (подчертаната буква)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="40"/>
        <source>Alt+letter</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Alt+буква</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="41"/>
        <source>Tick a recipient or check box</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отметка на получател или квадратче</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="42"/>
        <source>Space</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Интервал</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="62"/>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Клавишни комбинации</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="65"/>
        <source>Everything in Liaison can be done from the keyboard.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Всичко в Liaison може да се направи от клавиатурата.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="71"/>
        <source>What</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="71"/>
        <source>Keys</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="74"/>
        <source>Main window</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Основен прозорец</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/shortcut_sheet.py" line="75"/>
        <source>Compose and reply dialogs</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Прозорци за съставяне и отговор</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="31"/>
        <source>Sync progress</source>
        <extracomment>the officer clicked the &quot;due for review&quot; prompt</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Ход на синхронизацията</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="35"/>
        <location filename="../../liaison_app/gui/status_bar.py" line="38"/>
        <source>Sync now</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизиране сега</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="37"/>
        <source>Send queued items and fetch new ones (F5)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпращане на елементите от опашката и изтегляне на новите (F5)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="45"/>
        <source>Open the records due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Отваряне на записите за преглед</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="63"/>
        <source>Checking…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="64"/>
        <source>Queued: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="65"/>
        <source>Last sync: –</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последна синхронизация: –</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="70"/>
        <source>Re-enrolment needed: contact IT</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Необходима е повторна регистрация: обърнете се към ИТ отдела</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="72"/>
        <source>Online</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>На линия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="74"/>
        <source>Offline</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Извън линия</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="75"/>
        <source>Queued: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>В опашката: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="77"/>
        <source> (failed: {0})</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation> (неуспешни: {0})</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="79"/>
        <source>Last sync: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Последна синхронизация: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/gui/status_bar.py" line="85"/>
        <source>%n record(s) due for review</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>
            <numerusform>%n запис за преглед</numerusform>
            <numerusform>%n записа за преглед</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="93"/>
        <source>Not enrolled yet: will enrol when the hub is reachable</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Все още не е регистрирано: регистрацията ще се извърши, когато централният възел е достъпен</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="98"/>
        <source>This computer is now enrolled.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този компютър вече е регистриран.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="113"/>
        <source>never</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>никога</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="128"/>
        <source>Directory</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Указател</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="128"/>
        <source>Sending</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изпращане</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="129"/>
        <source>Receiving</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Получаване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="129"/>
        <source>Done</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="136"/>
        <source>{0}: {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/status_bar.py" line="146"/>
        <source>Synced: sent {0}, received {1}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Синхронизирано: изпратени {0}, получени {1}</translation>
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
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="64"/>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="67"/>
        <source>Choose…</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Изберете…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="65"/>
        <source>Fact</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="66"/>
        <source>Assessment (a personal judgement)</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Оценка (лична преценка)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/compose/subjects_page.py" line="106"/>
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
        <location filename="../../liaison_app/gui/unlock.py" line="31"/>
        <source>Liaison — Unlock</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Liaison — Отключване</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="43"/>
        <source>Profile: {0}</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Профил: {0}</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="67"/>
        <source>This computer keeps the keys under your passphrase only (no secure OS keystore). Anyone who copies the profile can try to guess it: use a long passphrase and tell IT if this computer is shared.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Този компютър пази ключовете защитени само с Вашата парола (без защитено хранилище за ключове на операционната система). Всеки, който копира профила, може да се опита да я отгатне: използвайте дълга парола и уведомете ИТ отдела, ако компютърът се ползва от няколко души.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="84"/>
        <source>Type your passphrase.</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>Въведете паролата си.</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/unlock.py" line="89"/>
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
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="78"/>
        <source>case</source>
        <extracomment>what was done, in words, once accepted (the page shows it)</extracomment>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>случай</translation>
    </message>
    <message>
        <location filename="../../liaison_app/gui/pages/review_dialogs.py" line="78"/>
        <source>subject</source>
        <translatorcomment>DRAFT: to be reviewed by the agencies&apos; own translators before release.</translatorcomment>
        <translation>обект</translation>
    </message>
</context>
</TS>
