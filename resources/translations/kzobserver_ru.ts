<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>ProtocolChecks</source>
        <comment>Fails</comment>
        <translation type="vanished">Не сходится</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Verified</comment>
        <translation type="vanished">Подтверждено</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Cannot check yet</comment>
        <translation type="vanished">Пока не проверить</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Holds</comment>
        <translation type="vanished">Сходится</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>This protocol has no control relations to check.</comment>
        <translation type="vanished">У этого протокола нет контрольных соотношений для проверки.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Nothing entered yet. The relation is checked as you type.</comment>
        <translation type="vanished">Пока ничего не введено. Соотношение проверяется по мере ввода.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Nothing entered yet. The {n} relations are checked as you type.</comment>
        <translation type="vanished">Пока ничего не введено. Соотношения (всего {n}) проверяются по мере ввода.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>The relation holds.</comment>
        <translation type="vanished">Соотношение сходится.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>All {n} relations hold.</comment>
        <translation type="vanished">Все соотношения сходятся ({n}).</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>No unexplained failure: {n} verified by a reviewer.</comment>
        <translation type="vanished">Необъяснённых расхождений нет: подтверждено проверяющим — {n}.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>1 relation fails</comment>
        <translation type="vanished">1 соотношение не сходится</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>{n} relations fail</comment>
        <translation type="vanished">Не сходится соотношений: {n}</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>1 cannot be checked yet</comment>
        <translation type="vanished">1 пока нельзя проверить</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>{n} cannot be checked yet</comment>
        <translation type="vanished">{n} пока нельзя проверить</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>{n} verified</comment>
        <translation type="vanished">подтверждено: {n}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="21"/>
        <source>Open logbook</source>
        <translation>Открытый журнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="24"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="26"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="27"/>
        <source>Log file</source>
        <translation>Лог-файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="28"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="30"/>
        <source>Built with</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="39"/>
        <source>An offline logbook for election observers: what happens at a polling station, the count, and the comparison with the announced results.</source>
        <translation>Автономный журнал наблюдателя на выборах: что происходит на избирательном участке, подсчёт голосов и сравнение с объявленными результатами.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="44"/>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Свободная программа на условиях GNU General Public License версии 3 или (по вашему выбору) любой более поздней версии (GPL-3.0-or-later). Предоставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="58"/>
        <source>About kzobserver</source>
        <translation>О программе kzobserver</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kzobserver/ui/app.py" line="114"/>
        <source>Cannot open the logbook</source>
        <translation>Не удалось открыть журнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/app.py" line="116"/>
        <source>Use File → New logbook… or File → Open… to continue.</source>
        <translation>Чтобы продолжить, выберите Файл → Новый журнал… или Файл → Открыть…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="45"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="49"/>
        <source>There is no station {number} in this logbook.</source>
        <translation>В этом журнале нет участка {number}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="131"/>
        <source>{count} report(s)</source>
        <translation>Сообщений: {count}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="153"/>
        <source>station {number}</source>
        <translation>участок {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="157"/>
        <source>submitted</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="157"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="158"/>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="160"/>
        <source>superseded</source>
        <translation>заменена</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="171"/>
        <source>complaint filed: {reference}</source>
        <translation>подана жалоба: {reference}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="177"/>
        <source>perpetrator</source>
        <translation>нарушитель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="178"/>
        <source>witnesses</source>
        <translation>свидетели</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="209"/>
        <source>{count} entries</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="259"/>
        <source>Added observer {name} ({id})</source>
        <translation>Добавлен наблюдатель {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="263"/>
        <source>current on this computer</source>
        <translation>текущий на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="286"/>
        <source>{count} observer(s)</source>
        <translation>Наблюдателей: {count}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../kzobserver/ui/checklistfields.py" line="198"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistpage.py" line="40"/>
        <source>answered {answered} of {total}</source>
        <translation>отвечено: {answered} из {total}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistpage.py" line="44"/>
        <source>⚑ red flags: {n}</source>
        <translation>⚑ тревожных признаков: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistpage.py" line="150"/>
        <source>Keys: {yes_no} · Enter: next question · Backspace: clear · Ctrl+1…5: stage</source>
        <translation>Клавиши: {yes_no} · Enter: следующий вопрос · Backspace: очистить · Ctrl+1…5: этап</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistpage.py" line="241"/>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="169"/>
        <source>The answer must be text.</source>
        <translation>Ответ должен быть текстом.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="174"/>
        <source>The answer is too long ({length} characters; at most {maximum}).</source>
        <translation>Ответ слишком длинный (символов: {length}; не более {maximum}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="188"/>
        <source>“{raw}” is not an answer here: answer yes, no or n/a.</source>
        <translation>«{raw}» здесь не подходит: ответьте «да», «нет» или «неприменимо».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="208"/>
        <source>“{raw}” is not a whole number.</source>
        <translation>«{raw}» — не целое число.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="213"/>
        <source>The number cannot be less than {minimum}.</source>
        <translation>Число не может быть меньше {minimum}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="220"/>
        <source>{value} is more than this question allows ({maximum}).</source>
        <translation>{value} — больше, чем допускает этот вопрос ({maximum}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="236"/>
        <source>“{raw}” is not a time of day: type it as HH:MM, for example 07:30.</source>
        <translation>«{raw}» — не время суток: введите его как ЧЧ:ММ, например 07:30.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="251"/>
        <source>“{raw}” is not one of the options: {options}.</source>
        <translation>«{raw}» — не один из вариантов: {options}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/checklist_answers.py" line="57"/>
        <source>Unknown checklist question: {detail}</source>
        <translation>Неизвестный вопрос чек-листа: {detail}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/checklist_answers.py" line="135"/>
        <source>This checklist answer no longer exists.</source>
        <translation>Этого ответа чек-листа больше нет.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="101"/>
        <source>“{status}” is not a review decision.</source>
        <translation>«{status}» — не решение проверки.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="106"/>
        <source>Excluding a station needs a reason.</source>
        <translation>Чтобы исключить участок, укажите причину.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="108"/>
        <source>Confirming a difference needs evidence.</source>
        <translation>Чтобы подтвердить расхождение, нужно доказательство.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="196"/>
        <source>A tolerance must be a number of at least 0.</source>
        <translation>Допуск должен быть числом не меньше 0.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="199"/>
        <source>A line is listed twice.</source>
        <translation>Строка указана дважды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="327"/>
        <source>Net shift can be grouped by region or not at all, not “{by}”.</source>
        <translation>Чистый сдвиг можно группировать только по регионам или не группировать вовсе, но не «{by}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="76"/>
        <source>A sample design needs at least one stratum.</source>
        <translation>В плане выборки нужна хотя бы одна страта.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="80"/>
        <source>Stratum “{stratum}” must have at least 1 station, not {size}.</source>
        <translation>В страте «{stratum}» должен быть хотя бы 1 участок, а не {size}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="148"/>
        <source>The sampled stations add up to 0 in the denominator (no voters or no valid votes), so no ratio can be estimated.</source>
        <translation>У участков выборки знаменатель в сумме равен 0 (нет избирателей или действительных голосов), поэтому долю оценить нельзя.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="193"/>
        <source>A sampled station is in “{stratum}”, which the design lacks.</source>
        <translation>Участок выборки относится к страте «{stratum}», которой нет в плане выборки.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="202"/>
        <source>Stratum “{stratum}”</source>
        <translation>Страта «{stratum}»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="204"/>
        <source>The sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="208"/>
        <source>{stratum} has {n} sampled stations: at least 2 are needed to estimate a margin of error.</source>
        <translation>{stratum}: участков в выборке — {n}, а для оценки погрешности нужно не меньше 2.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="216"/>
        <source>{stratum} has {n} sampled stations but only {size} in all.</source>
        <translation>{stratum}: участков в выборке — {n}, а всего их только {size}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="56"/>
        <source>There must be at least 1 seat to allocate.</source>
        <translation>Распределить нужно хотя бы 1 мандат.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="59"/>
        <source>A threshold must be at least 0 % and below 100 %.</source>
        <translation>Порог должен быть не меньше 0 % и меньше 100 %.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="63"/>
        <source>The votes for “{name}” must be a whole number ≥ 0.</source>
        <translation>Число голосов за «{name}» должно быть целым и ≥ 0.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="70"/>
        <source>No list reaches the threshold of {threshold} %.</source>
        <translation>Ни один список не преодолел порог {threshold} %.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="178"/>
        <source>The share base is 0: there are no votes.</source>
        <translation>База для расчёта долей равна 0: голосов нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="183"/>
        <source>A share is published for “{name}”, which has no votes.</source>
        <translation>Для «{name}» опубликована доля, хотя голосов нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="233"/>
        <source>The votes add up to {counted}, not the published {sum}.</source>
        <translation>Сумма голосов — {counted}, а не опубликованные {sum}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="237"/>
        <source>{counted} votes but only {issued} ballots issued.</source>
        <translation>Голосов: {counted}, а выдано бюллетеней только {issued}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="243"/>
        <source>{issued} ballots issued to {voters} voters.</source>
        <translation>Выдано бюллетеней: {issued}, а избирателей в списке: {voters}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="249"/>
        <source>There are no voters on the list to divide by.</source>
        <translation>В списке нет избирателей: делить не на что.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="253"/>
        <source>The published turnout of {published} % is not {issued} of {voters} ({computed} %).</source>
        <translation>Опубликованная явка {published} % не равна {issued} из {voters} ({computed} %).</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="170"/>
        <source>Not entered in this record</source>
        <translation>В этой записи не введено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="172"/>
        <source>{value} here, {ref_value} in {ref}: a difference of {diff}</source>
        <translation>Здесь {value}, в «{ref}» — {ref_value}: разница {diff}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="179"/>
        <source>The other records are compared with this value</source>
        <translation>С этим значением сравниваются остальные записи</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="206"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="208"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="211"/>
        <source>Difference
{second} − {first}</source>
        <translation>Разница
{second} − {first}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="219"/>
        <source>{title}, last changed {when}</source>
        <translation>{title}, изменено {when}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="52"/>
        <source>a relation fails</source>
        <translation>соотношение не сходится</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="55"/>
        <source>all relations hold</source>
        <translation>все соотношения сходятся</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="53"/>
        <source>failures verified</source>
        <translation>расхождения подтверждены</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="54"/>
        <source>incomplete</source>
        <translation>заполнено не полностью</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="22"/>
        <source>New logbook…</source>
        <translation>Новый журнал…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="23"/>
        <source>Open logbook…</source>
        <translation>Открыть журнал…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="48"/>
        <source>This logbook has no election yet</source>
        <translation>В этом журнале ещё нет выборов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="49"/>
        <source>Create a new logbook for an election, or open another one.</source>
        <translation>Создайте новый журнал для выборов или откройте другой.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="51"/>
        <source>No logbook is open</source>
        <translation>Журнал не открыт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="54"/>
        <source>A logbook is one file that holds everything you record. Create a new one, or open the file your coordinator gave you.</source>
        <translation>Журнал — это один файл, в котором хранится всё, что вы записываете. Создайте новый или откройте файл, который дал вам координатор.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../kzobserver/ui/errors.py" line="33"/>
        <source>kzobserver — unexpected error</source>
        <translation>kzobserver — непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/errors.py" line="36"/>
        <source>Something went wrong: {error}</source>
        <translation>Что-то пошло не так: {error}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/errors.py" line="41"/>
        <source>What was already saved in the logbook is safe. You can keep working; if this happens again, send the log file to your coordinator:
{log}</source>
        <translation>Всё, что уже сохранено в журнале, не пострадало. Можно продолжать работу; если ошибка повторится, отправьте координатору лог-файл:
{log}</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="31"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="35"/>
        <source>There is no station {number} in this logbook.</source>
        <translation>В этом журнале нет участка {number}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="44"/>
        <source> [do not publish]</source>
        <translation> [не публиковать]</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="45"/>
        <source>{id}  station {station}  {size} bytes  {media_type}  {name}{flag}</source>
        <translation>{id}  участок {station}  {size} байт  {media_type}  {name}{flag}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="77"/>
        <source>Give --station or --incident (or both).</source>
        <translation>Укажите --station или --incident (или оба).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="93"/>
        <source>{name} is already attached there as evidence {id}.</source>
        <translation>{name} уже приложен сюда как доказательство {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="99"/>
        <source>Added {name} as evidence {id}.</source>
        <translation>{name} добавлен как доказательство {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="103"/>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="104"/>
        <source>Size: {size} bytes</source>
        <translation>Размер: {size} байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="121"/>
        <source>{n} evidence files</source>
        <translation>Файлов-доказательств: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="142"/>
        <source>{n} evidence files verified</source>
        <translation>Проверено файлов-доказательств: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="147"/>
        <source>{bad} of {n} evidence files are changed or missing</source>
        <translation>Файлов-доказательств изменено или отсутствует: {bad} из {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="163"/>
        <source>Saved to {path} (SHA-256 checked).</source>
        <translation>Сохранено в {path} (SHA-256 проверена).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_records.py" line="83"/>
        <source>station {number}</source>
        <translation>участок {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_records.py" line="85"/>
        <source>no station</source>
        <translation>без участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="108"/>
        <source>Evidence must be attached to a station, an incident report, a checklist answer or a protocol record.</source>
        <translation>Доказательство нужно приложить к участку, сообщению о нарушении, ответу чек-листа или записи протокола.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="141"/>
        <location filename="../../kzobserver/storage/evidence.py" line="163"/>
        <source>{path} is empty: there is nothing to attach.</source>
        <translation>{path} пуст: прикладывать нечего.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="223"/>
        <source>There is not enough disk space to add {path} to the logbook; nothing was added.</source>
        <translation>Недостаточно места на диске, чтобы добавить {path} в журнал; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="237"/>
        <source>There is no station with id {id} in this logbook.</source>
        <translation>В этом журнале нет участка с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="238"/>
        <source>There is no incident report with id {id} in this logbook.</source>
        <translation>В этом журнале нет сообщения о нарушении с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="241"/>
        <source>There is no checklist answer with id {id} in this logbook.</source>
        <translation>В этом журнале нет ответа чек-листа с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="244"/>
        <source>There is no protocol record with id {id} in this logbook.</source>
        <translation>В этом журнале нет записи протокола с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="272"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time.</source>
        <translation type="vanished">«{value}» — не дата и время.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_records.py" line="149"/>
        <source>There is no evidence with id {id} in this logbook.</source>
        <translation>В этом журнале нет доказательства с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="330"/>
        <source>The stored copy of {name} is incomplete (evidence {id}); check the logbook&apos;s evidence.</source>
        <translation>Сохранённая копия {name} неполна (доказательство {id}); проверьте доказательства в журнале.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="473"/>
        <source>The stored copy of {name} has changed since it was added (its SHA-256 no longer matches); it was not saved.</source>
        <translation>Сохранённая копия {name} изменилась после добавления (SHA-256 больше не совпадает); файл не сохранён.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="492"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="556"/>
        <source>the content is missing (no stored data at all)</source>
        <translation>содержимое отсутствует (сохранённых данных нет совсем)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="561"/>
        <source>content is missing: chunk(s) {parts} of {count} are gone</source>
        <translation>содержимое неполное: из {count} частей пропали {parts}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="565"/>
        <source>content is missing: {stored} of {size} bytes are stored</source>
        <translation>содержимое неполное: сохранено {stored} из {size} байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="569"/>
        <source>the content has changed: SHA-256 is {digest}, {sha256} was recorded</source>
        <translation>содержимое изменилось: SHA-256 сейчас {digest}, а записано {sha256}</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="129"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="130"/>
        <source>Attached to</source>
        <translation>К чему прикреплён</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="131"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="132"/>
        <source>Do not publish</source>
        <translation>Не публиковать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="167"/>
        <source>taken {when}</source>
        <translation>снято {when}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="179"/>
        <source>Checked: reports and exports leave this file out (e.g. it shows people who did not agree to be published).</source>
        <translation>Если отмечено, отчёты и экспорт не включают этот файл (например, на нём люди, не давшие согласия на публикацию).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="184"/>
        <source>{name}
{media_type}, {size} bytes
SHA-256: {sha256}</source>
        <translation>{name}
{media_type}, {size} байт
SHA-256: {sha256}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="231"/>
        <source>Irregularity report</source>
        <translation>Сообщение о нарушении</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="233"/>
        <source>Checklist answer</source>
        <translation>Ответ в контрольном списке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="235"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="237"/>
        <source>Station {number}</source>
        <translation>Участок {number}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="117"/>
        <source>Drop photos, videos or scans here, or press Attach files…</source>
        <translation>Перетащите сюда фото, видео или сканы либо нажмите «Прикрепить файлы…»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="136"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="139"/>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="255"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="141"/>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="256"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="145"/>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="236"/>
        <source>SHA-256 of {name}:
{sha256}</source>
        <translation>SHA-256 файла {name}:
{sha256}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="265"/>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="276"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="279"/>
        <source>Photos, videos, audio and scans (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff *.mp4 *.mov *.3gp *.avi *.mkv *.webm *.m4a *.mp3 *.ogg *.wav *.pdf);;All files (*)</source>
        <translation>Фото, видео, аудио и сканы (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff *.mp4 *.mov *.3gp *.avi *.mkv *.webm *.m4a *.mp3 *.ogg *.wav *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="300"/>
        <source>Copying {name} into the logbook…</source>
        <translation>Копирование {name} в журнал…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="302"/>
        <source>Copying {count} files into the logbook…</source>
        <translation>Копирование файлов в журнал: {count}…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="309"/>
        <source>Attaching files</source>
        <translation>Прикрепление файлов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="313"/>
        <source>Nothing was attached</source>
        <translation>Ничего не прикреплено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="328"/>
        <source>Already attached: {names}.</source>
        <translation>Уже прикреплены: {names}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="331"/>
        <source>Cancelled: {name} was not attached.</source>
        <translation>Отменено: {name} не прикреплён.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="338"/>
        <source>Not attached</source>
        <translation>Не прикреплено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="339"/>
        <source>These files could not be attached; nothing of them was stored.</source>
        <translation>Эти файлы не удалось прикрепить; ничего из них не сохранено.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="374"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="380"/>
        <source>Saved a copy to {path}.</source>
        <translation>Копия сохранена в {path}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="90"/>
        <source>Copying a file</source>
        <translation>Копирование файла</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="91"/>
        <source>Copying {name}…</source>
        <translation>Копирование {name}…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="406"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="408"/>
        <source>Not copied</source>
        <translation>Не скопировано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="135"/>
        <source>Verify evidence</source>
        <translation>Проверка доказательств</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="141"/>
        <source>This logbook holds no evidence files.</source>
        <translation>В этом журнале нет файлов-доказательств.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="154"/>
        <source>Checking the SHA-256 of {count} files…</source>
        <translation>Проверка SHA-256, файлов: {count}…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="164"/>
        <source>{count} files verified, all intact.</source>
        <translation>Проверено файлов: {count}, все целы.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="169"/>
        <source>{bad} of {count} evidence files are damaged or were changed after they were added. Keep this logbook as it is and tell your coordinator; the files below are named with their station and what is wrong:</source>
        <translation>Файлы-доказательства, повреждённые или изменённые после добавления: {bad} из {count}. Оставьте журнал как есть и сообщите координатору; ниже перечислены файлы с их участком и описанием проблемы:</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="260"/>
        <source>Follow-up</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="264"/>
        <source>C&amp;hange status…</source>
        <translation>&amp;Изменить статус…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="280"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
</context>
<context>
    <name>Headcount</name>
    <message>
        <location filename="../../kzobserver/storage/headcount.py" line="48"/>
        <source>A tap adds or removes one voter.</source>
        <translation>Одно нажатие добавляет или убирает одного избирателя.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/headcount.py" line="90"/>
        <source>A headcount is a whole number, 0 or more.</source>
        <translation>Подсчёт явки — целое число, не меньше 0.</translation>
    </message>
</context>
<context>
    <name>HeadcountPage</name>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="77"/>
        <source>Take snapshot now</source>
        <translation>Сделать срез сейчас</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="92"/>
        <source>Headcount</source>
        <translation>Подсчёт явки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="96"/>
        <source>Space or + : one more voter · Backspace or − : take the last one off · S or Ctrl+S : snapshot. Every key press is saved at once.</source>
        <translation>Space или + : ещё один избиратель · Backspace или − : убрать последнего · S или Ctrl+S : срез. Каждое нажатие сразу сохраняется.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="114"/>
        <source>voters seen entering</source>
        <translation>замечено входящих избирателей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="120"/>
        <source>+1   (Space)</source>
        <translation>+1   (Space)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="122"/>
        <source>Undo last   (Backspace)</source>
        <translation>Отменить последнего   (Backspace)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="128"/>
        <source>Keys paused: click here to count with the keyboard</source>
        <translation>Клавиши не активны: щёлкните здесь, чтобы считать с клавиатуры</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="169"/>
        <source>Take snapshot now   (S)</source>
        <translation>Сделать срез сейчас   (S)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="172"/>
        <source>Snapshots</source>
        <translation>Срезы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="228"/>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="231"/>
        <source>+1 saved at {time}</source>
        <translation>+1 сохранено в {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="231"/>
        <source>−1 saved at {time}</source>
        <translation>−1 сохранено в {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="247"/>
        <source>{percent} of {registered} registered voters</source>
        <translation>{percent} от {registered} зарегистрированных избирателей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="253"/>
        <source>Registered voters unknown</source>
        <translation>Число зарегистрированных избирателей неизвестно</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="259"/>
        <source>Ballots issued ({source}): {issued} · your headcount: {count} · issued − counted: {difference}</source>
        <translation>Выдано бюллетеней ({source}): {issued} · ваш подсчёт: {count} · выдано − подсчитано: {difference}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="284"/>
        <source>Snapshot not saved: {error}</source>
        <translation>Срез не сохранён: {error}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="287"/>
        <source>Snapshot saved: {count} at {time}</source>
        <translation>Срез сохранён: {count} в {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="302"/>
        <source>The {time} snapshot is due. Enter records the count as it was at {time}.</source>
        <translation>Пора сделать срез на {time}. Enter записывает счёт на момент {time}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="305"/>
        <source>Record {time}   (Enter)</source>
        <translation>Записать {time}   (Enter)</translation>
    </message>
</context>
<context>
    <name>ImportStationsDialog</name>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="60"/>
        <source>comma ( , )</source>
        <translation>запятая ( , )</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="61"/>
        <source>semicolon ( ; )</source>
        <translation>точка с запятой ( ; )</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="62"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="74"/>
        <source>Import stations from {file}</source>
        <translation>Импорт участков из {file}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="97"/>
        <source>Which column holds what</source>
        <translation>Что в каком столбце</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="105"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="111"/>
        <source>{field} (required)</source>
        <translation>{field} (обязательно)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="126"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="132"/>
        <source>The first {n} rows of the file:</source>
        <translation>Первые строки файла ({n}):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="148"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="150"/>
        <source>Sheet: {sheet}</source>
        <translation>Лист: {sheet}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="153"/>
        <source>Encoding: {encoding}</source>
        <translation>Кодировка: {encoding}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="156"/>
        <source>Separator: {delimiter}</source>
        <translation>Разделитель: {delimiter}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="203"/>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Выберите столбец для поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="211"/>
        <source>Stations already in the logbook (same number) are updated; the others are added. If any row has a problem, nothing is imported.</source>
        <translation>Участки, которые уже есть в журнале (с тем же номером), обновляются, остальные добавляются. Если хотя бы в одной строке ошибка, ничего не импортируется.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="222"/>
        <source>Checking the stations…</source>
        <translation>Проверка участков…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="222"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="251"/>
        <location filename="../../kzobserver/ui/importdialog.py" line="254"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="261"/>
        <source>Stations added: {n}</source>
        <translation>Добавлено участков: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="264"/>
        <source>Stations updated: {n}</source>
        <translation>Обновлено участков: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="271"/>
        <source>New regions: {n}</source>
        <translation>Новых регионов: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="275"/>
        <source>New districts: {n}</source>
        <translation>Новых районов: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="294"/>
        <source>Stations imported</source>
        <translation>Участки импортированы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="295"/>
        <source>Imported {file}.</source>
        <translation>Файл {file} импортирован.</translation>
    </message>
</context>
<context>
    <name>IncidentFields</name>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="85"/>
        <source>Type to search, e.g. “ballot”</source>
        <translation>Начните вводить для поиска, например «бюллетень»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="100"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Not at a station</source>
        <translation type="obsolete">Не на участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="109"/>
        <source>— not about one contest —</source>
        <translation>— не относится к одному голосованию —</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="115"/>
        <source>What happened, what you saw yourself, and what was done about it.</source>
        <translation>Что произошло, что вы видели сами и что было предпринято.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="205"/>
        <source>Sensitive — not published unless explicitly chosen</source>
        <translation>Конфиденциально — не публикуется, если это не выбрано явно</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="220"/>
        <source>&amp;Who did it</source>
        <translation>&amp;Нарушитель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="221"/>
        <source>W&amp;itnesses</source>
        <translation>&amp;Свидетели</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="122"/>
        <source>A complaint was filed</source>
        <translation>Подана жалоба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="126"/>
        <source>its number or reference</source>
        <translation>её номер или ссылка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="135"/>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="137"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Важность</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="138"/>
        <source>&amp;Time</source>
        <translation>Вр&amp;емя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="139"/>
        <source>&amp;Location</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="140"/>
        <source>C&amp;ontest</source>
        <translation>&amp;Голосование</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="141"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="143"/>
        <source>Com&amp;plaint</source>
        <translation>&amp;Жалоба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="213"/>
        <source>Reports and exports leave these names out unless someone deliberately includes them.</source>
        <translation>Отчёты и экспорт не содержат этих имён, если кто-то намеренно не включит их.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="285"/>
        <source>Choose a category from the list.</source>
        <translation>Выберите категорию из списка.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="133"/>
        <source>New report — saved as a draft once it has a category</source>
        <translation>Новое сообщение — сохраняется как черновик, как только выбрана категория</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="153"/>
        <source>no observer recorded</source>
        <translation>наблюдатель не указан</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="162"/>
        <source>{when}: {status} ({who})</source>
        <translation>{when}: {status} ({who})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="179"/>
        <source>submitted {when}</source>
        <translation>отправлено {when}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="183"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="185"/>
        <source>version {n}, {state}</source>
        <translation>версия {n}, {state}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="192"/>
        <source>This is version {n} of {total}:</source>
        <translation>Это версия {n} из {total}:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="102"/>
        <source>Add an &amp;amendment…</source>
        <translation>Добавить &amp;поправку…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="119"/>
        <source>Photos, videos and documents</source>
        <translation>Фото, видео и документы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="136"/>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Удалить черновик…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="140"/>
        <source>&amp;Save draft</source>
        <translation>Со&amp;хранить черновик</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="141"/>
        <source>S&amp;ubmit…</source>
        <translation>Отп&amp;равить…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="142"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="151"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="196"/>
        <source>New irregularity report</source>
        <translation>Новое сообщение о нарушении</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="199"/>
        <source>Irregularity report: {category}</source>
        <translation>Сообщение о нарушении: {category}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="137"/>
        <source>Draft — you can still change it; submit it when done</source>
        <translation>Черновик — его ещё можно изменить; когда закончите, отправьте</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="140"/>
        <source>Submitted on {when} — cannot be changed</source>
        <translation>Отправлено {when} — изменить нельзя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="145"/>
        <source>A later version corrects it (see the versions below).</source>
        <translation>Более поздняя версия его исправляет (см. версии ниже).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="219"/>
        <source>Changes not saved yet</source>
        <translation>Изменения ещё не сохранены</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="224"/>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="275"/>
        <source>This report had been submitted meanwhile: your changes are kept in an amendment, shown here.</source>
        <translation>Тем временем это сообщение было отправлено: ваши изменения сохранены в поправке, показанной здесь.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="282"/>
        <source>The draft was not saved: {error}</source>
        <translation>Черновик не сохранён: {error}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="288"/>
        <source>The logbook is busy; the draft will be saved in a few seconds.</source>
        <translation>Журнал занят; черновик будет сохранён через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="102"/>
        <source>Discard the draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="103"/>
        <source>Delete this draft from the logbook? This cannot be undone.</source>
        <translation>Удалить этот черновик из журнала? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="106"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="113"/>
        <source>The report is not saved</source>
        <translation>Сообщение не сохранено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="114"/>
        <source>This report could not be saved (see the message in the form).</source>
        <translation>Не удалось сохранить сообщение (см. пояснение в форме).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="117"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="331"/>
        <source>Choose a category first: the files belong to a report.</source>
        <translation>Сначала выберите категорию: файлы относятся к сообщению.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="343"/>
        <source>Describe what happened before submitting.</source>
        <translation>Перед отправкой опишите, что произошло.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="69"/>
        <source>Submit the report</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="70"/>
        <source>Submit this report now?</source>
        <translation>Отправить это сообщение сейчас?</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="71"/>
        <source>Submit</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="72"/>
        <source>A submitted report can no longer be changed, by you or by anyone else. If something needs correcting later, you add an amendment: a new version next to the original, which stays as it was.</source>
        <translation>Отправленное сообщение больше нельзя изменить — ни вам, ни кому-либо другому. Если позже что-то понадобится исправить, вы добавляете поправку: новую версию рядом с оригиналом, который остаётся без изменений.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="85"/>
        <source>This report cannot be changed</source>
        <translation>Это сообщение нельзя изменить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="86"/>
        <source>This report was submitted on {when} and cannot be changed.</source>
        <translation>Это сообщение отправлено {when}, и его нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="89"/>
        <source>Add an amendment…</source>
        <translation>Добавить поправку…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="90"/>
        <source>To correct or complete it, add an amendment: a new draft that starts as a copy of the latest version. The submitted text stays exactly as it was.</source>
        <translation>Чтобы исправить или дополнить его, добавьте поправку: новый черновик, который начинается как копия последней версии. Отправленный текст останется в точности таким, как был.</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="71"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="72"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="73"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="74"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="75"/>
        <source>Follow-up</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="76"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="118"/>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="77"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="119"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="124"/>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="132"/>
        <source>not at a station</source>
        <translation>не на участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="136"/>
        <source>№ {number} (other)</source>
        <translation>№ {number} (другой)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="139"/>
        <source>№ {number}</source>
        <translation>№ {number}</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="36"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="37"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="38"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="39"/>
        <source>Critical</source>
        <translation>Критическая</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="52"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="53"/>
        <source>Needs follow-up</source>
        <translation>Требует действий</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="54"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="55"/>
        <source>Excluded</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="47"/>
        <source>At the station</source>
        <translation>На участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="48"/>
        <source>At another station</source>
        <translation>На другом участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="49"/>
        <source>Not at a station</source>
        <translation>Не на участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="58"/>
        <source>Submitted reports cannot be changed; add an amendment.</source>
        <translation>Отправленное сообщение нельзя изменить; добавьте дополнение.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="68"/>
        <location filename="../../kzobserver/storage/incidents.py" line="190"/>
        <location filename="../../kzobserver/storage/incidents.py" line="222"/>
        <source>This report no longer exists.</source>
        <translation>Этого сообщения больше нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="182"/>
        <source>“{category}” is not an irregularity category.</source>
        <translation>«{category}» — не категория нарушений.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="190"/>
        <source>“{value}” is not a severity; choose one of: {known}.</source>
        <translation>«{value}» — не степень важности; выберите одну из: {known}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="198"/>
        <source>“{value}” is not a location; choose one of: {known}.</source>
        <translation>«{value}» — не место; выберите одно из: {known}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="206"/>
        <source>Choose the station, or mark the report as at another station or not at a station.</source>
        <translation>Выберите участок или отметьте, что нарушение было на другом участке или вне участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="216"/>
        <source>There is no such contest in this logbook.</source>
        <translation>В этом журнале нет такого голосования.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="164"/>
        <source>This draft cannot be discarded: files are attached to it.</source>
        <translation>Этот черновик нельзя удалить: к нему приложены файлы.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="175"/>
        <source>Describe what happened before submitting.</source>
        <translation>Перед отправкой опишите, что произошло.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="216"/>
        <source>“{status}” is not a follow-up status.</source>
        <translation>«{status}» — не статус обработки.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="219"/>
        <source>Say why the report is excluded.</source>
        <translation>Укажите, почему сообщение исключено.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="306"/>
        <source>This answer is not a red flag.</source>
        <translation>Этот ответ не тревожный сигнал.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="64"/>
        <source>&amp;New report…</source>
        <translation>&amp;Новое сообщение…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="73"/>
        <source>Irregularity reports</source>
        <translation>Сообщения о нарушениях</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="79"/>
        <source>This station</source>
        <translation>Этот участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="80"/>
        <source>All stations</source>
        <translation>Все участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="83"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="89"/>
        <source>Any severity</source>
        <translation>Любая важность</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="94"/>
        <source>Any follow-up status</source>
        <translation>Любой статус рассмотрения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="98"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="101"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="104"/>
        <source>Latest versions only</source>
        <translation>Только последние версии</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="108"/>
        <source>Unchecked: every version of an amended report, the originals included.</source>
        <translation>Если не отмечено: все версии исправленных сообщений, включая оригиналы.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="210"/>
        <source>{count} shown, {drafts} not submitted</source>
        <translation>Показано: {count}, не отправлено: {drafts}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="215"/>
        <source>No report matches these filters.</source>
        <translation>Нет сообщений, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="217"/>
        <source>No reports yet. Press Ctrl+N or “New report…” to write one.</source>
        <translation>Сообщений пока нет. Нажмите Ctrl+N или «Новое сообщение…», чтобы написать.</translation>
    </message>
</context>
<context>
    <name>LinesGrid</name>
    <message>
        <location filename="../../kzobserver/ui/protocolfields.py" line="40"/>
        <source>Empty means not seen; type 0 for zero.</source>
        <translation>Пусто — значит, не видели; для нуля введите 0.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolfields.py" line="161"/>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="36"/>
        <source>At another station:</source>
        <translation>На другом участке:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="38"/>
        <source>Not at a station</source>
        <translation>Не на участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="45"/>
        <source>station number</source>
        <translation>номер участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="87"/>
        <source>At this station (№ {number})</source>
        <translation>На этом участке (№ {number})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="128"/>
        <source>Where exactly, e.g. at the entrance, in a bus outside (optional)</source>
        <translation>Где именно, например у входа, в автобусе снаружи (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="130"/>
        <source>Where it happened, e.g. the bus stop on Abai street</source>
        <translation>Где это произошло, например остановка на улице Абая</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="143"/>
        <source>not in this logbook: kept as text</source>
        <translation>нет в этом журнале: сохраняется как текст</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="115"/>
        <source>&amp;New logbook…</source>
        <translation>&amp;Новый журнал…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="116"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="118"/>
        <source>&amp;Import stations…</source>
        <translation>&amp;Импорт участков…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="130"/>
        <source>&amp;Find station</source>
        <translation>&amp;Найти участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="132"/>
        <source>Election &amp;overview</source>
        <translation>&amp;Обзор выборов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="134"/>
        <source>Enter &amp;protocol</source>
        <translation>Ввести &amp;протокол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="136"/>
        <source>&amp;About kzobserver</source>
        <translation>&amp;О программе kzobserver</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="140"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="158"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="200"/>
        <source>Cannot open the logbook</source>
        <translation>Не удалось открыть журнал</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/mainwindow.py" line="237"/>
        <source>This logbook contains {n} synthetic demo stations. They are not real polling stations.</source>
        <translation>
            <numerusform>В этом журнале {n} синтетический демонстрационный участок. Это не настоящий избирательный участок.</numerusform>
            <numerusform>В этом журнале {n} синтетических демонстрационных участка. Это не настоящие избирательные участки.</numerusform>
            <numerusform>В этом журнале {n} синтетических демонстрационных участков. Это не настоящие избирательные участки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="256"/>
        <source>(demo)</source>
        <translation>(демо)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="264"/>
        <source>No logbook open</source>
        <translation>Журнал не открыт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="269"/>
        <source>No election in this logbook</source>
        <translation>В журнале нет выборов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="319"/>
        <source>Open logbook</source>
        <translation>Открыть журнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="321"/>
        <source>kzobserver logbooks (*.sqlite);;All files (*)</source>
        <translation>Журналы kzobserver (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="333"/>
        <source>Import stations</source>
        <translation>Импорт участков</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="335"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="342"/>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="358"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="360"/>
        <source>Menus and labels will be in {language} the next time kzobserver starts.</source>
        <translation>Язык меню и надписей ({language}) будет применён при следующем запуске kzobserver.</translation>
    </message>
</context>
<context>
    <name>NewLogbookDialog</name>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="58"/>
        <location filename="../../kzobserver/ui/newlogbook.py" line="138"/>
        <source>New logbook</source>
        <translation>Новый журнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="65"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="80"/>
        <source>Add synthetic demo stations</source>
        <translation>Добавить синтетические демонстрационные участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="84"/>
        <source>About 10,000 invented stations to try the app with. They are clearly marked and are not real polling stations. Leave this off for real observation work.</source>
        <translation>Около 10 000 вымышленных участков, чтобы опробовать программу. Они явно помечены и не являются настоящими избирательными участками. Для реального наблюдения не включайте.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="96"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="97"/>
        <source>Election:</source>
        <translation>Выборы:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="104"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="140"/>
        <source>kzobserver logbooks (*.sqlite)</source>
        <translation>Журналы kzobserver (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="161"/>
        <source>{path} already exists. Choose another file name.</source>
        <translation>{path} уже существует. Выберите другое имя файла.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../kzobserver/storage/notes.py" line="33"/>
        <source>A note cannot be empty.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/notes.py" line="72"/>
        <source>This note no longer exists.</source>
        <translation>Этой заметки больше нет.</translation>
    </message>
</context>
<context>
    <name>Observers</name>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="24"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="25"/>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="26"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="50"/>
        <source>An observer needs a name.</source>
        <translation>Укажите имя наблюдателя.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="53"/>
        <source>“{role}” is not a role; choose one of: {roles}.</source>
        <translation>«{role}» — не роль; выберите одну из: {roles}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="96"/>
        <location filename="../../kzobserver/storage/observers.py" line="135"/>
        <source>There is no such observer in this logbook.</source>
        <translation>В этом журнале нет такого наблюдателя.</translation>
    </message>
</context>
<context>
    <name>ObserversDialog</name>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="76"/>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="99"/>
        <source>Every record you make is signed with your name, so that your coordinator knows who saw what. Add yourself once (your name as on your accreditation) or choose yourself in the list, then press “Use as current observer on this computer”. If you skip this, what you record is still saved, without a name.</source>
        <translation>Каждая ваша запись подписывается вашим именем, чтобы координатор знал, кто что видел. Добавьте себя один раз (имя как в аккредитации) или выберите себя в списке, затем нажмите «Сделать текущим наблюдателем на этом компьютере». Если этого не сделать, ваши записи всё равно сохраняются, но без имени.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="116"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="116"/>
        <source>Accreditation number</source>
        <translation>Номер аккредитации</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="116"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="117"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="120"/>
        <source>Observers in this &amp;logbook:</source>
        <translation>Наблюдатели в этом &amp;журнале:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="122"/>
        <source>Ne&amp;w observer</source>
        <translation>&amp;Новый наблюдатель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="127"/>
        <source>required, e.g. Aigerim Seitova</source>
        <translation>обязательно, например Айгерим Сеитова</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="130"/>
        <source>as on the accreditation card</source>
        <translation>как в карточке аккредитации</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="149"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="150"/>
        <source>A&amp;ccreditation number:</source>
        <translation>Номер &amp;аккредитации:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="151"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="152"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="165"/>
        <source>&amp;Use as current observer on this computer</source>
        <translation>&amp;Сделать текущим наблюдателем на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="205"/>
        <source>No observer chosen: records made on this computer are not signed.</source>
        <translation>Наблюдатель не выбран: записи, сделанные на этом компьютере, не подписываются.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="210"/>
        <source>Records made on this computer are signed: {name}</source>
        <translation>Записи, сделанные на этом компьютере, подписываются: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="229"/>
        <source>The current observer on this computer</source>
        <translation>Текущий наблюдатель на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="293"/>
        <source>New observer</source>
        <translation>Новый наблюдатель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="294"/>
        <source>A&amp;dd observer</source>
        <translation>&amp;Добавить наблюдателя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="296"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="297"/>
        <source>&amp;Save changes</source>
        <translation>Со&amp;хранить изменения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="360"/>
        <source>Choose an observer in the list, or type your name to add yourself.</source>
        <translation>Выберите наблюдателя в списке или введите своё имя, чтобы добавить себя.</translation>
    </message>
</context>
<context>
    <name>OfficialImport</name>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="135"/>
        <source>Unknown line “{line}”; the lines are: {lines}.</source>
        <translation>Неизвестная строка «{line}»; есть строки: {lines}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="141"/>
        <source>There is no column “{column}”; the columns are: {found}.</source>
        <translation>Столбца «{column}» нет; есть столбцы: {found}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="154"/>
        <source>No station number column was found (such as “uik” or “№ участка”). The columns are: {found}. Choose it by hand (on the command line: --map station=COLUMN).</source>
        <translation>Не найден столбец с номером участка (например, «uik» или «№ участка»). Есть столбцы: {found}. Укажите его вручную (в командной строке: --map station=COLUMN).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="162"/>
        <source>No column is named after a protocol line, a candidate or a party. The columns are: {found}. Choose them by hand (on the command line: --map LINE=COLUMN).</source>
        <translation>Ни один столбец не назван по строке протокола, кандидату или партии. Есть столбцы: {found}. Укажите их вручную (в командной строке: --map LINE=COLUMN).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="255"/>
        <source>“{value}” is not a station number.</source>
        <translation>«{value}» — не номер участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="257"/>
        <source>The station number is empty.</source>
        <translation>Номер участка не указан.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="265"/>
        <source>Checking stopped after {n} problems; fix these first.</source>
        <translation>Проверка остановлена, найдено ошибок: {n}; сначала исправьте их.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="120"/>
        <source>{n} rows name stations that are not in this logbook (the first on row {row}). Import the station registry first, or import only the stations the logbook holds (on the command line: --allow-unmatched).</source>
        <translation>Строк с участками, которых нет в этом журнале: {n} (первая — строка {row}). Сначала импортируйте реестр участков или импортируйте только участки, которые есть в журнале (в командной строке: --allow-unmatched).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="128"/>
        <source>Station “{station}” ({region}) is not in the logbook.</source>
        <translation>Участка «{station}» ({region}) нет в журнале.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="154"/>
        <location filename="../../kzobserver/storage/summary.py" line="65"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="178"/>
        <location filename="../../kzobserver/storage/results_logbook.py" line="345"/>
        <source>Station “{station}” is on rows {first} and {row}.</source>
        <translation>Участок «{station}» встречается в строках {first} и {row}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="192"/>
        <location filename="../../kzobserver/storage/results_logbook.py" line="195"/>
        <source>The file has no rows below the header.</source>
        <translation>В файле нет строк под заголовком.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="229"/>
        <source>{stations} official records for {contest} from {rows} rows: {created} new, {updated} updated, {values} values.</source>
        <translation>{contest}: официальных записей — {stations} из строк: {rows} (новых: {created}, обновлено: {updated}), значений: {values}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="242"/>
        <source>{n} rows were left out: their stations are not in the logbook.</source>
        <translation>Пропущено строк: {n} — их участков нет в журнале.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="246"/>
        <source>Columns not imported: {columns}.</source>
        <translation>Не импортированы столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="250"/>
        <source>Lines without a column: {lines}.</source>
        <translation>Строки без столбца: {lines}.</translation>
    </message>
    <message>
        <source>--template and --name go with --from-results.</source>
        <translation type="vanished">--template и --name используются только вместе с --from-results.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/core.py" line="79"/>
        <source>--template, --name and --map go with --from-results.</source>
        <translation>--template, --name и --map используются только вместе с --from-results.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/core.py" line="92"/>
        <source>--demo-stations and --from-results cannot be combined.</source>
        <translation>--demo-stations и --from-results нельзя использовать вместе.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/core.py" line="96"/>
        <source>{code} is a bundled election; with --from-results choose a new code.</source>
        <translation>{code} — встроенные выборы; с --from-results выберите новый код.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="39"/>
        <source>“{value}” is not LINE=COLUMN (for example station=uik).</source>
        <translation>«{value}» — не в формате LINE=COLUMN (например, station=uik).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="110"/>
        <source>{figures} announced figures for {contest}: {national} national, {areas} areas.</source>
        <translation>{contest}: объявленных показателей — {figures} (по стране: {national}, по территориям: {areas}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="143"/>
        <source>{source} records of {contest}: {stations} stations</source>
        <translation>Записи «{source}» по {contest}: участков — {stations}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="150"/>
        <source>Turnout: {issued} ballots issued of {voters} voters on the lists: {percent}</source>
        <translation>Явка: выдано бюллетеней {issued} при {voters} избирателях в списках: {percent}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="160"/>
        <source>Contestants (share of the {total} votes cast for them):</source>
        <translation>Участники (доля от {total} голосов, поданных за них):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="167"/>
        <source>Lines:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="171"/>
        <source>({n} stations)</source>
        <translation>(участков: {n})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="281"/>
        <source>{n} stations compared ({b} − {a}): {counts}.</source>
        <translation>Сравнено участков: {n} ({b} − {a}): {counts}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="286"/>
        <source>Recorded only in {a}: {only_a}; only in {b}: {only_b}.</source>
        <translation>Только в {a}: {only_a}; только в {b}: {only_b}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="290"/>
        <source>Net shift nationally</source>
        <translation>Чистый сдвиг по стране</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="293"/>
        <source>no region</source>
        <translation>без региона</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="302"/>
        <source>Station {station} ({region}): {status}</source>
        <translation>Участок {station} ({region}): {status}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="306"/>
        <source>gainer {gainer}, loser {loser}</source>
        <translation>выиграл {gainer}, проиграл {loser}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="321"/>
        <source>{title}: {stations} mismatching stations; votes {moved}; ballots issued {issued}</source>
        <translation>{title}: участков с расхождениями — {stations}; голоса {moved}; выданные бюллетени {issued}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="139"/>
        <source>No figures found: name the columns area, line, value (one figure per row) or area and one column per line or contestant.</source>
        <translation>Показатели не найдены: назовите столбцы area, line, value (один показатель в строке) или area и по одному столбцу на каждую строку протокола или участника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="190"/>
        <source>The file has no figures.</source>
        <translation>В файле нет показателей.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="211"/>
        <source>The column “{column}” is not a line, a contestant or one of area, line, value, as_of, source.</source>
        <translation>Столбец «{column}» — не строка, не участник и не один из area, line, value, as_of, source.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="219"/>
        <source>Unknown area “{area}”.</source>
        <translation>Неизвестная территория «{area}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="223"/>
        <source>Unknown line “{line}”: write a line code (such as ballots_issued, votes:CODE, turnout_percent, share_percent:CODE, seats:CODE), a line&apos;s label or a contestant&apos;s name.</source>
        <translation>Неизвестная строка «{line}»: укажите код строки (например, ballots_issued, votes:CODE, turnout_percent, share_percent:CODE, seats:CODE), название строки или имя участника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="231"/>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="169"/>
        <source>Unknown template “{template}”; use {templates}.</source>
        <translation>Неизвестный шаблон «{template}»; используйте {templates}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="175"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="280"/>
        <source>No candidate or party columns were found: every column is a place, a protocol line or a link. The columns are: {found}.</source>
        <translation>Не найдены столбцы кандидатов или партий: каждый столбец — место, строка протокола или ссылка. Есть столбцы: {found}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="330"/>
        <source>The region is empty; station numbers repeat across regions, so every row needs its region.</source>
        <translation>Регион не указан; номера участков в разных регионах повторяются, поэтому в каждой строке нужен регион.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="422"/>
        <source>station numbers are “&lt;region code&gt;-&lt;number&gt;”</source>
        <translation>номера участков имеют вид «&lt;код региона&gt;-&lt;номер&gt;»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="424"/>
        <source>station numbers as in the file</source>
        <translation>номера участков как в файле</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="426"/>
        <source>Created {path}: election {election}, {stations} stations in {regions} regions and {districts} districts, {contestants} contestants, {records} official records ({values} values); {numbering}.</source>
        <translation>Создан {path}: выборы {election}; участков: {stations}, регионов: {regions}, районов: {districts}; участников: {contestants}; официальных записей: {records} (значений: {values}); {numbering}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/summary.py" line="56"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Неизвестный источник «{source}»; используйте {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/summary.py" line="207"/>
        <source>Compare two different sources.</source>
        <translation>Сравнивать нужно два разных источника.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="68"/>
        <source>Choose a polling station on the left, or type its number in the search box.</source>
        <translation>Выберите избирательный участок слева или введите его номер в поле поиска.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="79"/>
        <source>In this logbook</source>
        <translation>В этом журнале</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="82"/>
        <source>{total} ({synthetic} of them synthetic demo stations)</source>
        <translation>{total} (из них синтетических демонстрационных: {synthetic})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="88"/>
        <source>{n}, and stations abroad</source>
        <translation>{n}, а также участки за рубежом</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="93"/>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="94"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="97"/>
        <source>Contests</source>
        <translation>Голосования</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="123"/>
        <source>{name} — {seats} seats</source>
        <translation>{name} — мандатов: {seats}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="139"/>
        <source>Announced result: {contest}</source>
        <translation>Объявленный результат: {contest}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="145"/>
        <source>Turnout {percent} %</source>
        <translation>Явка {percent} %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="151"/>
        <source>{n} voters on the lists</source>
        <translation>избирателей в списках: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="157"/>
        <source>{n} ballots issued</source>
        <translation>выдано бюллетеней: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="168"/>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="168"/>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="168"/>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="170"/>
        <source>Seats</source>
        <translation>Мандаты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="200"/>
        <source>Not a party: a line on the ballot</source>
        <translation>Не партия, а строка бюллетеня</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="216"/>
        <source>As announced by the election commission; not checked by kzobserver.</source>
        <translation>По данным избирательной комиссии; kzobserver их не проверял.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="218"/>
        <source>Source: {source}.</source>
        <translation>Источник: {source}.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../kzobserver/ui/messages.py" line="64"/>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/messages.py" line="82"/>
        <source>Nothing was written. Fix these {n} problem(s) and try again:</source>
        <translation>Ничего не записано. Исправьте ошибки ({n}) и повторите попытку:</translation>
    </message>
</context>
<context>
    <name>ProtocolChecks</name>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="99"/>
        <source>1 cannot be checked yet</source>
        <translation>1 пока нельзя проверить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="91"/>
        <source>1 relation fails</source>
        <translation>1 соотношение не сходится</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="78"/>
        <source>All {n} relations hold.</source>
        <translation>Все соотношения сходятся ({n}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="35"/>
        <source>Cannot check yet</source>
        <translation>Пока не проверить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="33"/>
        <source>Fails</source>
        <translation>Не сходится</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="36"/>
        <source>Holds</source>
        <translation>Сходится</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="81"/>
        <source>No unexplained failure: {n} verified by a reviewer.</source>
        <translation>Необъяснённых расхождений нет: подтверждено проверяющим — {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="66"/>
        <source>Nothing entered yet. The relation is checked as you type.</source>
        <translation>Пока ничего не введено. Соотношение проверяется по мере ввода.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="69"/>
        <source>Nothing entered yet. The {n} relations are checked as you type.</source>
        <translation>Пока ничего не введено. Соотношения (всего {n}) проверяются по мере ввода.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="77"/>
        <source>The relation holds.</source>
        <translation>Соотношение сходится.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="62"/>
        <source>This protocol has no control relations to check.</source>
        <translation>У этого протокола нет контрольных соотношений для проверки.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="34"/>
        <source>Verified</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="100"/>
        <source>{n} cannot be checked yet</source>
        <translation>{n} пока нельзя проверить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="92"/>
        <source>{n} relations fail</source>
        <translation>Не сходится соотношений: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="105"/>
        <source>{n} verified</source>
        <translation>подтверждено: {n}</translation>
    </message>
</context>
<context>
    <name>ProtocolForm</name>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="99"/>
        <source>Contest</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="102"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="107"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="110"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="111"/>
        <source>Mark as verified…</source>
        <translation>Подтвердить…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="113"/>
        <source>Withdraw verification…</source>
        <translation>Отозвать подтверждение…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="182"/>
        <source>This station takes part in no contest: nothing to enter.</source>
        <translation>Этот участок не участвует ни в одном голосовании: вводить нечего.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="210"/>
        <source>Official figures: one record for the logbook, not an observer&apos;s</source>
        <translation>Официальные данные: одна запись на журнал, а не на наблюдателя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="212"/>
        <source>no observer chosen</source>
        <translation>наблюдатель не выбран</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="213"/>
        <source>Recorded for observer: {observer}</source>
        <translation>Наблюдатель: {observer}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="264"/>
        <source>Line {number} was not saved: {error} It keeps its earlier value.</source>
        <translation>Строка {number} не сохранена: {error} В ней осталось прежнее значение.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="360"/>
        <source>Clear the line (not seen)</source>
        <translation>Очистить строку (не видели)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="364"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="365"/>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="388"/>
        <source>Line {number} is empty: enter what the protocol shows first.</source>
        <translation>Строка {number} пуста: сначала введите значение из протокола.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolsession.py" line="54"/>
        <source>line {number}: {old} → {new}</source>
        <translation>строка {number}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ProtocolImport</name>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="81"/>
        <source>The election has no contests.</source>
        <translation>В этих выборах нет ни одного голосования.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="88"/>
        <source>Unknown contest “{code}”; the contests are: {codes}.</source>
        <translation>Неизвестное голосование «{code}»; есть такие: {codes}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="112"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Неизвестный источник «{source}»; используйте {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="120"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="127"/>
        <source>a station number column</source>
        <translation>столбец с номером участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="129"/>
        <source>any column named after a protocol line</source>
        <translation>ни один столбец, названный по строке протокола</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="135"/>
        <source>No {missing} was found. The columns are: {found}. Name the columns after the line codes ({codes}) or their labels.</source>
        <translation>Не найден {missing}. Столбцы файла: {found}. Назовите столбцы по кодам строк ({codes}) или по их названиям.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="170"/>
        <source>“{value}” is not a station number.</source>
        <translation>«{value}» — не номер участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="181"/>
        <source>Station {number} is not in this logbook for the contest “{contest}”.</source>
        <translation>Участка {number} нет в этом журнале для голосования «{contest}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="193"/>
        <source>Station {number} is on rows {first} and {row}.</source>
        <translation>Участок {number} встречается в строках {first} и {row}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="243"/>
        <source>“{value}” is not a count: a protocol line holds a whole number from 0 to {limit}, or nothing when it was not seen.</source>
        <translation>«{value}» — не число: в строке протокола целое число от 0 до {limit} или пусто, если значение не видели.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="219"/>
        <source>The file has no rows below the header.</source>
        <translation>В файле нет строк под заголовком.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="336"/>
        <source>{stations} {source} records for {contest}: {created} new, {updated} updated, {values} values.</source>
        <translation>{contest}: записей «{source}» — {stations} (новых: {created}, обновлено: {updated}), значений: {values}.</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <location filename="../../kzobserver/ui/protocolpage.py" line="39"/>
        <source>Enter protocol</source>
        <translation>Ввод протокола</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolpage.py" line="40"/>
        <source>Compare sources</source>
        <translation>Сравнение источников</translation>
    </message>
</context>
<context>
    <name>ProtocolReview</name>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="38"/>
        <source>Verified by {reviewer} on {when}: {reason}</source>
        <translation>Подтверждено ({reviewer}, {when}): {reason}</translation>
    </message>
</context>
<context>
    <name>Protocols</name>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="24"/>
        <source>Observer&apos;s tally</source>
        <translation>Подсчёт наблюдателя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="25"/>
        <source>Commission&apos;s protocol copy</source>
        <translation>Копия протокола УИК</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="26"/>
        <source>Official published figures</source>
        <translation>Официальные данные</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="81"/>
        <source>A protocol line holds a whole number.</source>
        <translation>В строке протокола должно быть целое число.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="83"/>
        <source>A protocol line cannot be negative.</source>
        <translation>Строка протокола не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="86"/>
        <source>{value} is too large for a polling station&apos;s protocol.</source>
        <translation>{value} — слишком большое число для протокола избирательного участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="165"/>
        <source>This protocol record no longer exists.</source>
        <translation>Этой записи протокола больше нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="205"/>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation>Укажите имя проверяющего.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="207"/>
        <source>Say why the line is verified.</source>
        <translation>Укажите, почему строка подтверждена.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="210"/>
        <source>An empty line cannot be verified.</source>
        <translation>Пустую строку нельзя подтвердить.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../kzobserver/ui/tasks.py" line="79"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="109"/>
        <source>Not now  (Esc)</source>
        <translation>Не сейчас  (Esc)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="161"/>
        <source>An irregularity report was drafted from this answer.</source>
        <translation>По этому ответу составлен черновик сообщения о нарушении.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="163"/>
        <source>Open the report</source>
        <translation>Открыть сообщение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="170"/>
        <source>⚑ This is a red flag ({category}): open a pre-filled irregularity report — press Enter</source>
        <translation>⚑ Это тревожный признак ({category}): откройте заполненное сообщение о нарушении — нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="174"/>
        <source>Open report  (Enter)</source>
        <translation>Открыть сообщение  (Enter)</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../kzobserver/ui/recentmenu.py" line="21"/>
        <source>Open &amp;Recent</source>
        <translation>Недавние &amp;журналы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/recentmenu.py" line="23"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/recentmenu.py" line="52"/>
        <source>(missing)</source>
        <translation>(не найден)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/recentmenu.py" line="56"/>
        <source>No recent logbooks</source>
        <translation>Нет недавних журналов</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="64"/>
        <source>Mark line {number} as verified</source>
        <translation>Подтвердить строку {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="67"/>
        <source>Confirm that the protocol really says {value} on line {number} ({label}). A relation that fails only because of confirmed lines is shown as verified: a finding, not a typing slip.</source>
        <translation>Подтвердите, что в протоколе в строке {number} ({label}) действительно указано {value}. Соотношение, которое не сходится только из-за подтверждённых строк, показывается как подтверждённое: это находка, а не опечатка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="73"/>
        <source>Withdraw the verification of line {number}</source>
        <translation>Отозвать подтверждение строки {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="75"/>
        <source>Line {number} ({label}, {value}) will count as unconfirmed again.</source>
        <translation>Строка {number} ({label}, {value}) снова будет считаться неподтверждённой.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="83"/>
        <source>e.g. checked against the photo of the protocol</source>
        <translation>например, сверено с фото протокола</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="85"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="88"/>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="89"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="150"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="196"/>
        <source>Cannot be checked until these are filled in: {lines}</source>
        <translation>Нельзя проверить, пока не заполнены строки: {lines}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="282"/>
        <source>Within the tolerance of {allowance}: {message}</source>
        <translation>В пределах допуска {allowance}: {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="284"/>
        <source>Verified by a reviewer: {message}</source>
        <translation>Подтверждено проверяющим: {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="292"/>
        <source>Holds.</source>
        <translation>Сходится.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="294"/>
        <source>Holds: {lhs} {op} {rhs}</source>
        <translation>Сходится: {lhs} {op} {rhs}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="311"/>
        <source>The condition {condition} holds: {values}</source>
        <translation>Выполнено условие {condition}: {values}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="313"/>
        <source>{left} {lhs} {op} {right} {rhs}: a difference of {gap}</source>
        <translation>{left} {lhs} {op} {right} {rhs}: разница {gap}</translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="31"/>
        <source>{value} points</source>
        <translation>{value} п. п.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="40"/>
        <source>not announced</source>
        <translation>не объявлена</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="42"/>
        <source>national</source>
        <translation>по стране</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="45"/>
        <source>{percent} at {time} ({where})</source>
        <translation>{percent} на {time} ({where})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="63"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="64"/>
        <source>Counted</source>
        <translation>Подсчитано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="65"/>
        <source>% of registered</source>
        <translation>% от зарегистрированных</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="66"/>
        <source>Announced turnout</source>
        <translation>Объявленная явка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="67"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="87"/>
        <source>Announced {minutes} min from the snapshot</source>
        <translation>Объявлена с разницей {minutes} мин от среза</translation>
    </message>
</context>
<context>
    <name>SourcesComparison</name>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="259"/>
        <source>Each line is compared with the first record that has a value for it (yellow); a red cell differs from it by the number in brackets. — means not entered.</source>
        <translation>Каждая строка сравнивается с первой записью, в которой она заполнена (жёлтая); красная ячейка отличается от неё на число в скобках. — означает «не введено».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="286"/>
        <source>This contest is not in the logbook.</source>
        <translation>Этого голосования нет в журнале.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="304"/>
        <source>Nothing entered for this station and contest yet.</source>
        <translation>По этому участку и голосованию пока ничего не введено.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="306"/>
        <source>One record so far: enter another source to compare it with.</source>
        <translation>Пока одна запись: введите другой источник, чтобы сравнить.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="309"/>
        <source>The records agree on every line they have in common.</source>
        <translation>Записи совпадают во всех общих строках.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="313"/>
        <source>1 line differs between the records.</source>
        <translation>Записи расходятся в 1 строке.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="314"/>
        <source>{n} lines differ between the records.</source>
        <translation>Строк, в которых записи расходятся: {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="326"/>
        <source>{n} records of “{source}”: {state}.</source>
        <translation>Записей «{source}»: {n}, {state}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="329"/>
        <source>they agree</source>
        <translation>они совпадают</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="333"/>
        <source>they conflict on 1 line</source>
        <translation>они расходятся в 1 строке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="334"/>
        <source>they conflict on {n} lines</source>
        <translation>строк с расхождениями: {n}</translation>
    </message>
</context>
<context>
    <name>StationImport</name>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="84"/>
        <source>Station number</source>
        <translation>Номер участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="85"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="86"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="87"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="88"/>
        <source>Registered voters</source>
        <translation>Зарегистрировано избирателей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="89"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="90"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="125"/>
        <source>Unknown field “{field}”; the fields are: {fields}.</source>
        <translation>Неизвестное поле «{field}»; есть поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="133"/>
        <source>There is no column “{column}”; the columns are: {found}.</source>
        <translation>Столбца «{column}» нет; есть столбцы: {found}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="171"/>
        <source>Registered voters must be a whole number, not “{value}”.</source>
        <translation>Число избирателей должно быть целым, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="179"/>
        <source>Registered voters cannot be negative ({value}).</source>
        <translation>Число избирателей не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="185"/>
        <source>{value} registered voters is not plausible for one station (at most {limit}).</source>
        <translation>Избирателей: {value} — неправдоподобно для одного участка (не более {limit}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="209"/>
        <source>{field} must be a number of degrees from -{limit} to {limit}, not “{value}”.</source>
        <translation>{field}: нужно число градусов от -{limit} до {limit}, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="231"/>
        <source>This logbook has no election yet, so stations cannot be imported into it. Create the logbook for an election first.</source>
        <translation>В этом журнале ещё нет выборов, поэтому импортировать в него участки нельзя. Сначала создайте журнал для выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="266"/>
        <source>“{value}” is not a station number.</source>
        <translation>«{value}» — не номер участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="268"/>
        <source>The station number is empty.</source>
        <translation>Номер участка не указан.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="275"/>
        <source>Station number {number} is on rows {first} and {row}.</source>
        <translation>Номер участка {number} встречается в строках {first} и {row}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="288"/>
        <source>The district “{district}” needs a region; this row has none.</source>
        <translation>Для района «{district}» нужен регион, а в этой строке его нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="332"/>
        <source>Unknown region “{value}”.</source>
        <translation>Неизвестный регион «{value}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="335"/>
        <source>Unknown region “{value}”. Write a region&apos;s code or its name in Kazakh, Russian or English; the codes are: {codes}.</source>
        <translation>Неизвестный регион «{value}». Укажите код региона или его название на казахском, русском или английском; коды: {codes}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="352"/>
        <source>No column for the {field} was found. The columns in the file are: {found}. Rename the column (for example to “{example}”) or choose it by hand (on the command line: --map {example}=COLUMN).</source>
        <translation>Не найден столбец «{field}». Столбцы в файле: {found}. Переименуйте столбец (например, в «{example}») или выберите его вручную (в командной строке: --map {example}=СТОЛБЕЦ).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="367"/>
        <source>The file has no stations below the header row.</source>
        <translation>В файле нет участков под строкой заголовка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="403"/>
        <source>Checking stopped after {n} problems; fix these first.</source>
        <translation>Проверка остановлена, найдено ошибок: {n}; сначала исправьте их.</translation>
    </message>
</context>
<context>
    <name>StationMenu</name>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="26"/>
        <source>&amp;Station</source>
        <translation>&amp;Участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="31"/>
        <source>&amp;Checklists</source>
        <translation>&amp;Контрольные списки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="32"/>
        <source>&amp;Headcount</source>
        <translation>Подсчёт &amp;явки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="33"/>
        <source>&amp;Irregularity reports</source>
        <translation>Сообщения о &amp;нарушениях</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="34"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Доказательства</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="35"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="40"/>
        <source>&amp;New irregularity report…</source>
        <translation>Новое &amp;сообщение о нарушении…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="48"/>
        <source>Stations I have &amp;been at…</source>
        <translation>Посещённые &amp;участки…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="50"/>
        <source>&amp;Observers…</source>
        <translation>На&amp;блюдатели…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="53"/>
        <source>&amp;Verify evidence…</source>
        <translation>&amp;Проверить доказательства…</translation>
    </message>
</context>
<context>
    <name>StationNavigator</name>
    <message>
        <location filename="../../kzobserver/ui/navigator.py" line="44"/>
        <source>Station number or address (Ctrl+F)</source>
        <translation>Номер участка или адрес (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/navigator.py" line="46"/>
        <source>Type a station number or part of an address. Down: into the list; Esc: clear.</source>
        <translation>Введите номер участка или часть адреса. Стрелка вниз — к списку; Esc — очистить.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/navigator.py" line="49"/>
        <source>Search stations</source>
        <translation>Поиск участков</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/navigator.py" line="61"/>
        <source>Polling stations by region</source>
        <translation>Избирательные участки по регионам</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/navigator.py" line="122"/>
        <source>{shown} of {total} stations</source>
        <translation>
            <numerusform>{shown} из {total} участка</numerusform>
            <numerusform>{shown} из {total} участков</numerusform>
            <numerusform>{shown} из {total} участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/navigator.py" line="127"/>
        <source>{total} stations</source>
        <translation>
            <numerusform>{total} участок</numerusform>
            <numerusform>{total} участка</numerusform>
            <numerusform>{total} участков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="36"/>
        <source>SYNTHETIC DEMO STATION — not a real polling station</source>
        <translation>СИНТЕТИЧЕСКИЙ ДЕМОНСТРАЦИОННЫЙ УЧАСТОК — не настоящий избирательный участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="53"/>
        <source>Station facts</source>
        <translation>Сведения об участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="61"/>
        <source>Station number</source>
        <translation>Номер участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="62"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="63"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="64"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="65"/>
        <source>Registered voters</source>
        <translation>Зарегистрировано избирателей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="66"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="67"/>
        <source>Abroad</source>
        <translation>За рубежом</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="68"/>
        <source>Contests</source>
        <translation>Голосования</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="69"/>
        <source>Added to the logbook</source>
        <translation>Добавлен в журнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="70"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="86"/>
        <source>Station № {number}</source>
        <translation>Участок № {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="88"/>
        <source>No region recorded</source>
        <translation>Регион не указан</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="91"/>
        <location filename="../../kzobserver/ui/stationpage.py" line="97"/>
        <location filename="../../kzobserver/ui/stationpage.py" line="104"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="105"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="105"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="108"/>
        <source>none recorded</source>
        <translation>не указаны</translation>
    </message>
</context>
<context>
    <name>StationTreeModel</name>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="83"/>
        <source>Without a region</source>
        <translation>Без региона</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="206"/>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="221"/>
        <source>Station № {number}</source>
        <translation>Участок № {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="225"/>
        <source>{voters} registered voters</source>
        <translation>Зарегистрировано избирателей: {voters}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="229"/>
        <source>Synthetic demo station, not a real polling station</source>
        <translation>Синтетический демонстрационный участок, не настоящий</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="75"/>
        <source>&amp;Station</source>
        <translation>&amp;Участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="78"/>
        <source>&amp;Checklists</source>
        <translation>&amp;Контрольные списки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="79"/>
        <source>&amp;Headcount</source>
        <translation>&amp;Подсчёт явки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="80"/>
        <source>&amp;Irregularities</source>
        <translation>&amp;Нарушения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="81"/>
        <source>&amp;Protocols</source>
        <translation>&amp;Протоколы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="82"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Доказательства</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="83"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
</context>
<context>
    <name>StationsVisitedDialog</name>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="290"/>
        <source>Stations I have been at</source>
        <translation>Посещённые участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="299"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="300"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="301"/>
        <source>First arrival</source>
        <translation>Первое прибытие</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="302"/>
        <source>Last departure</source>
        <translation>Последний уход</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="303"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="312"/>
        <source>The stations you have been at, in the order you first arrived. Press Enter or double-click to open one.</source>
        <translation>Участки, на которых вы были, в порядке первого прибытия. Чтобы открыть участок, нажмите Enter или дважды щёлкните.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="320"/>
        <source>You have not recorded an arrival at any station yet.</source>
        <translation>Вы ещё не отметили прибытие ни на один участок.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="322"/>
        <source>&amp;Open station</source>
        <translation>&amp;Открыть участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="345"/>
        <source>№ {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="349"/>
        <source>here now</source>
        <translation>сейчас здесь</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="203"/>
        <source>Change the follow-up status</source>
        <translation>Изменить статус рассмотрения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="206"/>
        <source>The status is about what happens next with the report; its text stays as it is. Every change is kept in the report&apos;s history.</source>
        <translation>Статус показывает, что дальше происходит с сообщением; его текст не меняется. Каждое изменение сохраняется в истории сообщения.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="225"/>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="226"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="246"/>
        <source>required: why is the report excluded?</source>
        <translation>обязательно: почему сообщение исключено?</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="248"/>
        <source>optional, e.g. the commission&apos;s answer</source>
        <translation>необязательно, например ответ комиссии</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="18"/>
        <source>{path} is not a kzobserver logbook: {reason}</source>
        <translation>{path} — не журнал kzobserver: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="28"/>
        <source>{path} was written by a newer version of kzobserver (schema {found}; this version knows schema {known} at most). Update kzobserver to open it; the file was not changed.</source>
        <translation>{path} записан более новой версией kzobserver (схема {found}; эта версия знает схемы не новее {known}). Чтобы открыть его, обновите kzobserver; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="52"/>
        <source>, row {row}</source>
        <translation>, строка {row}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="54"/>
        <source>, column “{column}”</source>
        <translation>, столбец «{column}»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="66"/>
        <source>… and {n} more problems</source>
        <translation>… и ещё ошибок: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="68"/>
        <source>Nothing was imported. {n} problem(s):</source>
        <translation>Ничего не импортировано. Ошибки ({n}):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/logbook.py" line="48"/>
        <source>There is no logbook at {path}.</source>
        <translation>Журнал {path} не найден.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/logbook.py" line="52"/>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/logbook.py" line="89"/>
        <source>it is an SQLite database of another program</source>
        <translation>это база данных SQLite другой программы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/setup.py" line="22"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/records.py" line="15"/>
        <source>There is no such station in this logbook.</source>
        <translation>В этом журнале нет такого участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/times.py" line="27"/>
        <source>“{value}” is not a date and time.</source>
        <translation>«{value}» — не дата и время.</translation>
    </message>
</context>
<context>
    <name>TabularFile</name>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="106"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="116"/>
        <source>The first row holds numbers, not column names: the file needs a header row naming its columns.</source>
        <translation>В первой строке числа, а не названия столбцов: в файле нужна строка заголовка с названиями столбцов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="127"/>
        <source>Column {letter} has no name in the header row.</source>
        <translation>У столбца {letter} нет названия в строке заголовка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="135"/>
        <source>The column name “{name}” is used twice (columns {first} and {second}).</source>
        <translation>Название столбца «{name}» встречается дважды (столбцы {first} и {second}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="173"/>
        <source>This row has {cells} cells but the header names only {columns} columns (first extra value: “{value}”). Check the separator and the quotes.</source>
        <translation>В этой строке ячеек: {cells}, а в заголовке названо столбцов: {columns} (первое лишнее значение: «{value}»). Проверьте разделитель и кавычки.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="203"/>
        <location filename="../../kzobserver/storage/tabular.py" line="369"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="211"/>
        <source>This is an old Excel 97-2003 (.xls) file, which cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Это старый файл Excel 97-2003 (.xls), его нельзя прочитать. Откройте его в Excel или LibreOffice и сохраните как .xlsx или CSV.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="228"/>
        <source>The file is a damaged or incomplete ZIP archive (was the download or copy interrupted?).</source>
        <translation>Файл — повреждённый или неполный ZIP-архив (не прервалась ли загрузка или копирование?).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="245"/>
        <source>OpenDocument spreadsheets (.ods) cannot be read; save the file as .xlsx or CSV.</source>
        <translation>Таблицы OpenDocument (.ods) не поддерживаются; сохраните файл как .xlsx или CSV.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="261"/>
        <source>The ZIP archive must hold exactly one CSV file; it holds {n}.</source>
        <translation>В ZIP-архиве должен быть ровно один CSV-файл, а их: {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="273"/>
        <source>The file is named like an Excel workbook but is not one (perhaps a renamed text file). Open it in Excel and save it as .xlsx, or rename it to .csv.</source>
        <translation>Файл назван как книга Excel, но ею не является (возможно, это переименованный текстовый файл). Откройте его в Excel и сохраните как .xlsx или переименуйте в .csv.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="324"/>
        <source>The file is not a text table (it holds binary data). Save it from Excel as CSV or as Unicode text.</source>
        <translation>Файл не является текстовой таблицей (в нём двоичные данные). Сохраните его из Excel как CSV или как текст в Юникоде.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="395"/>
        <source>The row cannot be read as CSV: {reason}</source>
        <translation>Строку не удаётся прочитать как CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="405"/>
        <source>The text cannot be decoded (it is neither UTF-8, UTF-16 nor Windows-1251). Save it from Excel as “CSV UTF-8”.</source>
        <translation>Не удаётся распознать кодировку текста (это не UTF-8, не UTF-16 и не Windows-1251). Сохраните его из Excel как «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="417"/>
        <source>The file is damaged or incomplete (was the download or copy interrupted?).</source>
        <translation>Файл повреждён или неполон (не прервалась ли загрузка или копирование?).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="436"/>
        <source>The Excel workbook cannot be read; it may be damaged or incomplete. Open it in Excel and save it again.</source>
        <translation>Не удаётся прочитать книгу Excel: возможно, она повреждена или неполна. Откройте её в Excel и сохраните заново.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="444"/>
        <source>The workbook has no sheets.</source>
        <translation>В книге нет листов.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="99"/>
        <source>{checklist}: {question}</source>
        <translation>{checklist}: {question}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="106"/>
        <source>{answer} — red flag</source>
        <translation>{answer} — тревожный сигнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="125"/>
        <source>Headcount: {count} voters</source>
        <translation>Подсчёт явки: избирателей — {count}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="128"/>
        <source>{percent}% of the {registered} registered voters</source>
        <translation>{percent} % от зарегистрированных избирателей ({registered})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="146"/>
        <source>submitted</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="148"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="154"/>
        <source>Irregularity report: {category}</source>
        <translation>Сообщение о нарушении: {category}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="161"/>
        <source>Amendment {version} to the report: {category}</source>
        <translation>Дополнение {version} к сообщению: {category}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="187"/>
        <source>Protocol: {source}, {contest}</source>
        <translation>Протокол: {source}, {contest}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="190"/>
        <source>{count} lines filled in</source>
        <translation>Заполнено строк: {count}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="198"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="220"/>
        <source>Evidence: {name}</source>
        <translation>Доказательство: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="221"/>
        <source>SHA-256 {sha256}, {size} bytes</source>
        <translation>SHA-256 {sha256}, {size} байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="225"/>
        <source>do not publish</source>
        <translation>не публиковать</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="111"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="112"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="113"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="114"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="115"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="163"/>
        <source>Red flag</source>
        <translation>Тревожный признак</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="117"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="161"/>
        <source>Nothing recorded at this station yet.</source>
        <translation>На этом участке пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="169"/>
        <source>Write what you see and press Enter: the note is saved at once</source>
        <translation>Напишите, что видите, и нажмите Enter: заметка сохранится сразу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="173"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="175"/>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="233"/>
        <source>{n} entries</source>
        <translation>Записей: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="234"/>
        <source>1 entry</source>
        <translation>1 запись</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="236"/>
        <source>{n} red flags</source>
        <translation>Тревожных признаков: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="237"/>
        <source>1 red flag</source>
        <translation>1 тревожный признак</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="43"/>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="44"/>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="45"/>
        <source>Headcount</source>
        <translation>Подсчёт явки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="46"/>
        <source>Report</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="47"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="48"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="49"/>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="62"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="56"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="57"/>
        <source>Checklists</source>
        <translation>Контрольные списки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="58"/>
        <source>Headcounts</source>
        <translation>Подсчёты явки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="59"/>
        <source>Reports</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="60"/>
        <source>Protocols</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="61"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="193"/>
        <source>Control relations</source>
        <translation>Контрольные соотношения</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="32"/>
        <source>Arrived at the station</source>
        <translation>Прибытие на участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="33"/>
        <source>Left the station</source>
        <translation>Уход с участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="34"/>
        <source>Break started</source>
        <translation>Начало перерыва</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="35"/>
        <source>Break ended</source>
        <translation>Конец перерыва</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="150"/>
        <source>You are already at station {number}.</source>
        <translation>Вы уже на участке {number}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="153"/>
        <source>This is before your arrival at your last station.</source>
        <translation>Это раньше вашего прибытия на последний участок.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="169"/>
        <source>The departure cannot be before the arrival.</source>
        <translation>Уход не может быть раньше прибытия.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="176"/>
        <source>You are already on a break.</source>
        <translation>У вас уже перерыв.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="186"/>
        <source>You are not on a break.</source>
        <translation>Сейчас у вас нет перерыва.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="194"/>
        <source>You are not at a station; record your arrival.</source>
        <translation>Вы не на участке; сначала отметьте прибытие.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="226"/>
        <source>This visit record no longer exists.</source>
        <translation>Этой записи о посещении больше нет.</translation>
    </message>
</context>
<context>
    <name>VisitsBar</name>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="101"/>
        <source>&amp;Arrive here</source>
        <translation>Отметить при&amp;бытие</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="102"/>
        <source>&amp;Leave</source>
        <translation>Отметить ух&amp;од</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="103"/>
        <source>Start &amp;break</source>
        <translation>Начать пе&amp;рерыв</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="104"/>
        <source>&amp;End break</source>
        <translation>&amp;Закончить перерыв</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="106"/>
        <source>At an earlier ti&amp;me:</source>
        <translation>В более р&amp;аннее время:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="109"/>
        <source>Record something that happened a few minutes ago, at the time you set here.</source>
        <translation>Записать то, что произошло несколько минут назад, на указанное здесь время.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="167"/>
        <source>On a break since {time}</source>
        <translation>Перерыв с {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="171"/>
        <source>At this station since {time}</source>
        <translation>На этом участке с {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="174"/>
        <source>You are at this station since {time}</source>
        <translation>Вы на этом участке с {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="177"/>
        <source>You are at station № {number} since {time}</source>
        <translation>Вы на участке № {number} с {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="180"/>
        <source>“Arrive here” also records that you left station № {number}.</source>
        <translation>«Отметить прибытие» также записывает, что вы ушли с участка № {number}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="186"/>
        <source>Not at a station</source>
        <translation>Не на участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="234"/>
        <source>You are at station № {number}, not at this one.</source>
        <translation>Вы на участке № {number}, а не на этом.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="246"/>
        <source>Choose a time after {time}: that is when you arrived here.</source>
        <translation>Выберите время после {time}: тогда вы прибыли сюда.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="256"/>
        <source>Choose a time after {time}: that is when your break started.</source>
        <translation>Выберите время после {time}: тогда начался ваш перерыв.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Station</source>
        <translation type="vanished">&amp;Участок</translation>
    </message>
</context>
</TS>
