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
    <name>Aggregate</name>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="53"/>
        <source>inside</source>
        <translation>внутри</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="54"/>
        <source>OUTSIDE</source>
        <translation>ВНЕ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="65"/>
        <source>stratified random sample: {strata} regions, {stations} stations</source>
        <translation>стратифицированная случайная выборка: регионов — {strata}, участков — {stations}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="69"/>
        <source>simple random sample from {stations} stations</source>
        <translation>простая случайная выборка, всего участков — {stations}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="72"/>
        <source>(no design recorded: the default)</source>
        <translation>(план выборки не записан: по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="74"/>
        <source>(sizes: the logbook&apos;s stations)</source>
        <translation>(размеры страт — по участкам журнала)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="106"/>
        <source>“{zone}” is not a time zone: give a name such as Asia/Almaty or an offset such as +06:00.</source>
        <translation>«{zone}» — не часовой пояс: укажите название, например Asia/Almaty, или смещение, например +06:00.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="144"/>
        <source>Note: {message}</source>
        <translation>Примечание: {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="149"/>
        <source>{source} records of {contest}: {n} stations; {design}.</source>
        <translation>Записи «{source}» по {contest}: участков — {n}; {design}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="156"/>
        <source>Shares (estimate ± 95 % margin; announced):</source>
        <translation>Доли (оценка ± погрешность 95 %; объявлено):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="160"/>
        <source>(from the votes)</source>
        <translation>(по голосам)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="165"/>
        <source>Turnout (estimate ± 95 % margin; announced):</source>
        <translation>Явка (оценка ± погрешность 95 %; объявлено):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="167"/>
        <source>{n} of {total} stations</source>
        <translation>участков: {n} из {total}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="181"/>
        <source>No area has a record from every station.</source>
        <translation>Нет территории, по всем участкам которой есть записи.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="184"/>
        <source>Areas with a record from every station (observed; announced):</source>
        <translation>Территории с записями со всех участков (по записям; объявлено):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="189"/>
        <source>{area}: {n} stations</source>
        <translation>{area}: участков — {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="198"/>
        <source>({n} records lack it)</source>
        <translation>(нет в записях: {n})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="211"/>
        <source>Headcounts (headcount; ballots issued; difference):</source>
        <translation>Подсчёт явки (подсчёт; выдано бюллетеней; разница):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="220"/>
        <source>At {time}: {observed} counted at {n} stations; announced {announced}</source>
        <translation>На {time}: по подсчёту на участках ({n}) — {observed}; объявлено {announced}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="232"/>
        <source>Announced figures against themselves:</source>
        <translation>Проверка объявленных показателей на согласованность:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="236"/>
        <source>Shares: {n} published, {bad} not given by any rounding of the votes.</source>
        <translation>Доли: опубликовано — {n}, не получаются ни при каком округлении голосов — {bad}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="243"/>
        <source>{contestant}: published {published} %, the votes give {computed} %</source>
        <translation>{contestant}: опубликовано {published} %, по голосам {computed} %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="250"/>
        <source>Totals: {n} areas checked, {bad} problems.</source>
        <translation>Итоги: проверено территорий — {n}, ошибок — {bad}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="258"/>
        <source>the announced seats match</source>
        <translation>объявленные мандаты совпадают</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="259"/>
        <source>the announced seats DIFFER</source>
        <translation>объявленные мандаты ОТЛИЧАЮТСЯ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="260"/>
        <source>no seats announced</source>
        <translation>мандаты не объявлены</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="264"/>
        <source>Seats by largest remainder (Hare quota) and by D&apos;Hondt; {verdict}:</source>
        <translation>Мандаты по методу наибольшего остатка (квота Хэйра) и по методу Д’Ондта; {verdict}:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="298"/>
        <source>Give either a design (simple or stratified) or --show.</source>
        <translation>Укажите либо план выборки (simple или stratified), либо --show.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="303"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate.py" line="226"/>
        <source>The logbook has no stations in this area.</source>
        <translation>В журнале нет участков на этой территории.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate.py" line="241"/>
        <source>No estimate of the shares: {reason}</source>
        <translation>Доли не оценены: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate.py" line="246"/>
        <source>{n} stations lack a contestant&apos;s votes and are left out of the shares.</source>
        <translation>Участков, где нет голосов за кого-либо из участников: {n}; они не учтены в долях.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate.py" line="306"/>
        <source>The protocol has no line of ballots issued.</source>
        <translation>В протоколе нет строки о выданных бюллетенях.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate_checks.py" line="143"/>
        <source>The votes of every contestant are not all announced nationally, so the shares and the seats cannot be checked.</source>
        <translation>По стране объявлены голоса не всех участников, поэтому доли и мандаты проверить нельзя.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate_checks.py" line="230"/>
        <source>The contest&apos;s number of seats is not recorded, so the seats cannot be allocated.</source>
        <translation>Число мандатов в этом голосовании не записано, поэтому распределить мандаты нельзя.</translation>
    </message>
</context>
<context>
    <name>AggregatePanel</name>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="73"/>
        <source>Recalculate</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="77"/>
        <source>Contest:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="79"/>
        <source>Records from:</source>
        <translation>Источник записей:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="98"/>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="109"/>
        <source>Contestant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="101"/>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="104"/>
        <source>Area</source>
        <translation>Территория</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="104"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="104"/>
        <source>Observed sum</source>
        <translation>Сумма по записям</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="104"/>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="155"/>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="105"/>
        <source>Announced − observed</source>
        <translation>Объявлено − по записям</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="109"/>
        <source>Announced votes</source>
        <translation>Объявленные голоса</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="109"/>
        <source>Announced seats</source>
        <translation>Объявленные мандаты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="110"/>
        <source>Largest remainder</source>
        <translation>Наибольший остаток</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="110"/>
        <source>D&apos;Hondt</source>
        <translation>Д’Ондт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="122"/>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="124"/>
        <source>Complete coverage</source>
        <translation>Полный охват</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="128"/>
        <source>Announced figures and seats</source>
        <translation>Объявленные показатели и мандаты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="135"/>
        <source>Shares of the votes, %</source>
        <translation>Доли голосов, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="153"/>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="154"/>
        <source>95 % interval</source>
        <translation>Интервал 95 %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="156"/>
        <source>Inside?</source>
        <translation>Внутри?</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="157"/>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="158"/>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="164"/>
        <source>The sample&apos;s estimate, ± its margin of error at 95 %, in percent.</source>
        <translation>Оценка по выборке ± погрешность при 95 %, в процентах.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="165"/>
        <source>The range the whole election&apos;s figure lies in with 95 % confidence.</source>
        <translation>Диапазон, в котором с вероятностью 95 % лежит показатель по выборам в целом.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="166"/>
        <source>The figure the commission announced, in percent.</source>
        <translation>Показатель, объявленный комиссией, в процентах.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="167"/>
        <source>Whether the announced figure lies inside the 95 % interval.</source>
        <translation>Лежит ли объявленный показатель внутри интервала 95 %.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="169"/>
        <source>How many standard errors the announced figure lies from the estimate; beyond ±2 it is outside the interval.</source>
        <translation>На сколько стандартных ошибок объявленный показатель отстоит от оценки; за пределами ±2 он вне интервала.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="172"/>
        <source>Stations with a record, of the stations in the area.</source>
        <translation>Участки с записями — из всех участков территории.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="253"/>
        <source>Aggregate comparison</source>
        <translation>Сводное сравнение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="254"/>
        <source>Estimating the shares and the turnout…</source>
        <translation>Оценка долей и явки…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="271"/>
        <source>No logbook is open.</source>
        <translation>Журнал не открыт.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="285"/>
        <source>Where the source has a record for every station of an area, its sums are set against the area&apos;s announced totals.</source>
        <translation>Если в источнике есть записи по всем участкам территории, их суммы сопоставляются с объявленными итогами по этой территории.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="289"/>
        <source>No area has a record for every one of its stations yet.</source>
        <translation>Пока нет территории, по всем участкам которой есть записи.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="304"/>
        <source>a random sample drawn separately in each of {n} regions</source>
        <translation>случайной выборкой, сделанной отдельно в каждом регионе (регионов: {n})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="308"/>
        <source>a simple random sample</source>
        <translation>простой случайной выборкой</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="311"/>
        <source>{sampled} of {total} stations have a record from this source, taken as {kind}.</source>
        <translation>Участков с записями из этого источника: {sampled} из {total}; они считаются {kind}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="318"/>
        <source>No sample design is recorded for this election.</source>
        <translation>План выборки для этих выборов не записан.</translation>
    </message>
</context>
<context>
    <name>AggregateTables</name>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="146"/>
        <source>No estimate: too few sampled stations.</source>
        <translation>Нет оценки: в выборке слишком мало участков.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="164"/>
        <source>The announced figure is {points} points from the estimate.</source>
        <translation>Объявленный показатель отличается от оценки на {points} п. п.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="168"/>
        <source>inside</source>
        <translation>внутри</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="170"/>
        <source>outside</source>
        <translation>вне</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="176"/>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="181"/>
        <source>{n} sampled stations lack a line and are left out.</source>
        <translation>Участков выборки без этой строки: {n}; они не учтены.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="192"/>
        <source>Computed from the announced votes: no share was published.</source>
        <translation>Рассчитано по объявленным голосам: доля не была опубликована.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="213"/>
        <source>Announced at {time}.</source>
        <translation>Объявлено в {time}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="234"/>
        <source>No totals are announced for this area.</source>
        <translation>Итоги по этой территории не объявлены.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="243"/>
        <source>{n} records lack this line: the sum falls short.</source>
        <translation>Записей без этой строки: {n}; сумма неполная.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="284"/>
        <source>No announced votes to allocate seats from.</source>
        <translation>Нет объявленных голосов, по которым можно распределить мандаты.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="289"/>
        <source>Largest remainder: Hare quota {quota} votes; a list needs {threshold} votes to qualify.</source>
        <translation>Наибольший остаток: квота Хэйра (голосов) — {quota}; чтобы участвовать в распределении, списку нужно голосов: {threshold}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="294"/>
        <source>It gives exactly the announced seats.</source>
        <translation>Этот метод даёт ровно объявленные мандаты.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="298"/>
        <source>It does not give the announced seats (red).</source>
        <translation>Этот метод не даёт объявленных мандатов (красным).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="302"/>
        <source>D&apos;Hondt would give other seats (amber where they differ).</source>
        <translation>Метод Д’Ондта дал бы другие мандаты (отличия — оранжевым).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="318"/>
        <source>Published shares that the published votes do not give: {names}.</source>
        <translation>Опубликованные доли, которые не следуют из опубликованных голосов: {names}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="325"/>
        <source>All {n} published shares agree with the published votes.</source>
        <translation>Все опубликованные доли ({n}) согласуются с опубликованными голосами.</translation>
    </message>
</context>
<context>
    <name>AnnouncedDialog</name>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="105"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="108"/>
        <location filename="../../kzobserver/ui/announceddialog.py" line="240"/>
        <location filename="../../kzobserver/ui/announceddialog.py" line="374"/>
        <source>Announced results</source>
        <translation>Объявленные результаты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="133"/>
        <source>&amp;Add figure</source>
        <translation>&amp;Добавить показатель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="136"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="139"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="150"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="155"/>
        <source>&amp;Contest:</source>
        <translation>&amp;Голосование:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="163"/>
        <source>What the election commission announced, for the whole election (National) or per region. Double-click or type in a cell to change it; “As of” is “final” or the time of a turnout release (22:10).</source>
        <translation>Что объявила избирательная комиссия — по выборам в целом («По стране») или по регионам. Чтобы изменить ячейку, дважды щёлкните по ней или начните ввод; «На момент» — это «final» или время публикации данных о явке (22:10).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="193"/>
        <source>National</source>
        <translation>По стране</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="222"/>
        <source>{n} figures announced for this contest.</source>
        <translation>Объявленных показателей в этом голосовании: {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="236"/>
        <source>Save or revert your changes first.</source>
        <translation>Сначала сохраните или отмените изменения.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="253"/>
        <source>Row {row}: {problem}</source>
        <translation>Строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="283"/>
        <source>Your changes were dropped.</source>
        <translation>Ваши изменения отменены.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="292"/>
        <source>Enter a value.</source>
        <translation>Введите значение.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="303"/>
        <source>Nothing was saved</source>
        <translation>Ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="308"/>
        <source>Saved: {added} added, {changed} changed, {removed} removed.</source>
        <translation>Сохранено: добавлено — {added}, изменено — {changed}, удалено — {removed}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="318"/>
        <source>Nothing was saved. Row {row}: {problem}</source>
        <translation>Ничего не сохранено. Строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="327"/>
        <source>Import announced results</source>
        <translation>Импорт объявленных результатов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="329"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Таблицы ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="343"/>
        <location filename="../../kzobserver/ui/announceddialog.py" line="346"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="352"/>
        <source>Imported {figures} figures from {file}: {national} national, {areas} areas.</source>
        <translation>Из {file} импортировано показателей: {figures} (по стране: {national}, по территориям: {areas}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="375"/>
        <source>Save your changes to the announced figures?</source>
        <translation>Сохранить изменения объявленных показателей?</translation>
    </message>
</context>
<context>
    <name>AnnouncedFigures</name>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="48"/>
        <source>Turnout, %</source>
        <translation>Явка, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="50"/>
        <source>Votes: {name}</source>
        <translation>Голоса: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="52"/>
        <source>Share, %: {name}</source>
        <translation>Доля, %: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="54"/>
        <source>Seats: {name}</source>
        <translation>Мандаты: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="114"/>
        <source>Nothing was saved. Row {row}: {message}</source>
        <translation>Ничего не сохранено. Строка {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="123"/>
        <source>Enter a value.</source>
        <translation>Введите значение.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="125"/>
        <source>A figure cannot be negative.</source>
        <translation>Показатель не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="128"/>
        <source>A percentage cannot be over 100.</source>
        <translation>Процент не может быть больше 100.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="130"/>
        <source>A count must be a whole number.</source>
        <translation>Количество должно быть целым числом.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="156"/>
        <source>Unknown area “{area}”.</source>
        <translation>Неизвестная территория «{area}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="159"/>
        <source>Unknown line “{line}”.</source>
        <translation>Неизвестная строка «{line}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="164"/>
        <source>“{text}” is neither “final” nor a time such as 22:10.</source>
        <translation>«{text}» — это не «final» и не время вида 22:10.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="170"/>
        <source>Row {row} already gives this figure for the same area, time and source.</source>
        <translation>Строка {row} уже задаёт этот показатель для той же территории, времени и источника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="197"/>
        <source>Every figure must belong to the contest “{code}”.</source>
        <translation>Все показатели должны относиться к голосованию «{code}».</translation>
    </message>
</context>
<context>
    <name>AnnouncedModel</name>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="197"/>
        <source>Choose a line.</source>
        <translation>Выберите строку.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="205"/>
        <source>Row {row} already gives this figure for the same area, time and source.</source>
        <translation>Строка {row} уже задаёт этот показатель для той же территории, времени и источника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="300"/>
        <source>Area</source>
        <translation>Территория</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="301"/>
        <source>Line or contestant</source>
        <translation>Строка или участник</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="302"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="303"/>
        <source>As of</source>
        <translation>На момент</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="304"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="317"/>
        <source>Choose an area from the list.</source>
        <translation>Выберите территорию из списка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="323"/>
        <source>Choose a line from the list.</source>
        <translation>Выберите строку из списка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="330"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» — не число.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="335"/>
        <source>Enter a value.</source>
        <translation>Введите значение.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="344"/>
        <source>Write “final” or a time of day such as 22:10.</source>
        <translation>Введите «final» или время суток, например 22:10.</translation>
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
    <name>Audit</name>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="215"/>
        <source>{entries} entries from {devices} device(s) checked: {verdict}</source>
        <translation>Проверено записей: {entries}, устройств: {devices}. Итог: {verdict}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="220"/>
        <source>the log is intact.</source>
        <translation>журнал не нарушен.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="222"/>
        <source>{n} problem(s) found.</source>
        <translation>найдено проблем: {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="227"/>
        <source>  device {device}: latest hash {hash}</source>
        <translation>  устройство {device}: последний хеш {hash}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="271"/>
        <source>(unsigned)</source>
        <translation>(без подписи)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="279"/>
        <source>reason: {reason}</source>
        <translation>причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="283"/>
        <source>Showing the latest {shown} of {total} entries; --limit 0 shows all.</source>
        <translation>Показаны последние записи: {shown} из {total}; --limit 0 показывает все.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="262"/>
        <source>Entry {seq} (device {device}): {message}</source>
        <translation>Запись {seq} (устройство {device}): {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="309"/>
        <source>its hash does not match its content: the entry was changed after it was written.</source>
        <translation>её хеш не соответствует содержимому: запись изменили после того, как она была сделана.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="320"/>
        <source>an entry is missing before it: it follows an entry (hash {hash}) that is no longer in the log, deleted or rewritten.</source>
        <translation>перед ней не хватает записи: она следует за записью (хеш {hash}), которой больше нет в журнале, — её удалили или перезаписали.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="327"/>
        <source>the chain is broken: its prev_hash is not the hash of this device&apos;s previous entry (entry order changed, or two entries claim the same place).</source>
        <translation>цепочка нарушена: её prev_hash не совпадает с хешем предыдущей записи этого устройства (изменён порядок записей или две записи претендуют на одно место).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="356"/>
        <source>Entry {seq} is missing from the log.</source>
        <translation>Запись {seq} отсутствует в журнале.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="358"/>
        <source>Entries {first} to {last} are missing from the log.</source>
        <translation>Записи с {first} по {last} отсутствуют в журнале.</translation>
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
    <name>ChartCanvas</name>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="43"/>
        <source>Save chart…</source>
        <translation>Сохранить диаграмму…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="67"/>
        <source>Right-click to save the chart as an image.</source>
        <translation>Щёлкните правой кнопкой мыши, чтобы сохранить диаграмму как изображение.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="107"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="107"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="110"/>
        <source>Save chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="125"/>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="141"/>
        <source>Chart not saved</source>
        <translation>Диаграмма не сохранена</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="125"/>
        <source>The chart could not be drawn.</source>
        <translation>Не удалось построить диаграмму.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="142"/>
        <source>{path} could not be written: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="207"/>
        <source>Sample estimate and announced share per contestant</source>
        <translation>Оценка по выборке и объявленная доля по каждому участнику</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="209"/>
        <source>Share of the votes, %</source>
        <translation>Доля голосов, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="211"/>
        <source>No contestants to show.</source>
        <translation>Нет участников для отображения.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="243"/>
        <source>Sample estimate with its 95 % interval</source>
        <translation>Оценка по выборке с интервалом 95 %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="247"/>
        <source>Announced, inside the interval</source>
        <translation>Объявлено, внутри интервала</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="250"/>
        <source>Announced, outside the interval</source>
        <translation>Объявлено, вне интервала</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="288"/>
        <source>Largest difference per station: {n} stations differ</source>
        <translation>Наибольшее расхождение по каждому участку: участков с расхождениями — {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="295"/>
        <source>Largest difference on any line (votes or ballots)</source>
        <translation>Наибольшее расхождение по любой строке (голоса или бюллетени)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="296"/>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="301"/>
        <source>No station differs.</source>
        <translation>Расхождений нет ни на одном участке.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="304"/>
        <source>Who gained: net votes per contestant, {b} − {a}</source>
        <translation>Кто выиграл: чистый сдвиг голосов по участникам, {b} − {a}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="311"/>
        <source>Votes gained (+) or lost (−) at the {n} mismatching stations</source>
        <translation>Голоса, полученные (+) или потерянные (−) на участках с расхождениями ({n})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="318"/>
        <source>No station differs beyond the tolerance.</source>
        <translation>Ни на одном участке расхождения не превышают допуска.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="336"/>
        <source>Stations (logarithmic scale)</source>
        <translation>Участки (логарифмическая шкала)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="386"/>
        <source>Turnout through the day</source>
        <translation>Явка в течение дня</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="390"/>
        <source>Time of day (the commission&apos;s local time)</source>
        <translation>Время суток (местное время комиссии)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="391"/>
        <source>Turnout, % of voters on the list</source>
        <translation>Явка, % избирателей в списке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="399"/>
        <source>No headcounts or announced turnout to show.</source>
        <translation>Нет ни подсчётов явки, ни объявленной явки.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="413"/>
        <source>Announced by the commission</source>
        <translation>Объявлено комиссией</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="426"/>
        <source>Observers&apos; headcounts ({n} stations)</source>
        <translation>Подсчёты явки наблюдателей (участков: {n})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="430"/>
        <source>Observers&apos; headcounts</source>
        <translation>Подсчёты явки наблюдателей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="473"/>
        <source>Irregularity reports by category: {n} reports</source>
        <translation>Сообщения о нарушениях по категориям: всего {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="478"/>
        <source>Reports</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="480"/>
        <source>No irregularity reports.</source>
        <translation>Сообщений о нарушениях нет.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="121"/>
        <source>Recalculate</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="125"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="127"/>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="200"/>
        <source>Choose two different sources to compare.</source>
        <translation>Выберите для сравнения два разных источника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="207"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="208"/>
        <source>Comparing the stations and counting the reports…</source>
        <translation>Сравнение участков и подсчёт сообщений…</translation>
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
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="101"/>
        <source>Which column holds what</source>
        <translation>Что в каком столбце</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="111"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="111"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="115"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="115"/>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="164"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="201"/>
        <source>Recognised by its name: choose another column if this one is wrong.</source>
        <translation>Распознан по названию: если это не тот столбец, выберите другой.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="215"/>
        <source>Columns not imported ({n}): choose what one holds to import it.</source>
        <translation>Неимпортируемые столбцы ({n}): чтобы импортировать столбец, выберите, что в нём.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="219"/>
        <source>Every column is imported.</source>
        <translation>Импортируются все столбцы.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="239"/>
        <source>(ignored)</source>
        <translation>(пропускается)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="256"/>
        <source>Choose the column that holds the station number.</source>
        <translation>Выберите столбец с номером участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="259"/>
        <source>Choose the column of at least one protocol line, candidate or party.</source>
        <translation>Выберите столбец хотя бы для одной строки протокола, кандидата или партии.</translation>
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
    <name>ComparisonBar</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="72"/>
        <source>Observer&apos;s tally</source>
        <translation>Подсчёт наблюдателя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="73"/>
        <source>Commission&apos;s copy</source>
        <translation>Копия УИК</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="74"/>
        <source>Official figures</source>
        <translation>Официальные данные</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="110"/>
        <source> votes</source>
        <translation> гол.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="111"/>
        <source>Differences up to this many votes are tolerated</source>
        <translation>Допускаются расхождения не больше этого числа голосов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="119"/>
        <source>Differences up to this share of the larger figure are tolerated</source>
        <translation>Допускаются расхождения не больше этой доли от большего из двух чисел</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="123"/>
        <source>C&amp;ontest</source>
        <translation>&amp;Голосование</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="127"/>
        <source>&amp;A</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="129"/>
        <source>&amp;B</source>
        <translation>&amp;B</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="132"/>
        <source>&amp;Tolerance</source>
        <translation>&amp;Допуск</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="134"/>
        <source>or</source>
        <translation>или</translation>
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
    <name>DiscrepancyModel</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="76"/>
        <source>Mismatch</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="77"/>
        <source>Missing in A</source>
        <translation>Нет данных в A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="78"/>
        <source>Missing in B</source>
        <translation>Нет данных в B</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="79"/>
        <source>Under review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="80"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="81"/>
        <source>Excluded</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="82"/>
        <source>Within tolerance</source>
        <translation>В пределах допуска</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="83"/>
        <source>Match</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="84"/>
        <source>Nothing to compare</source>
        <translation>Нечего сравнивать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="409"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="410"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="411"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="412"/>
        <source>Largest
difference</source>
        <translation>Наибольшая
разница</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="413"/>
        <source>On line</source>
        <translation>В строке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="414"/>
        <source>Gained</source>
        <translation>Выиграл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="415"/>
        <source>Lost</source>
        <translation>Проиграл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="416"/>
        <source>Net
votes</source>
        <translation>Чистый
сдвиг</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="417"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="421"/>
        <source>The largest difference on any line, B − A</source>
        <translation>Наибольшая разница среди всех строк, B − A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="422"/>
        <source>The line with the largest difference</source>
        <translation>Строка с наибольшей разницей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="423"/>
        <source>The contestant B gives the most votes more than A</source>
        <translation>Участник, у которого в B больше всего голосов прибавилось по сравнению с A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="424"/>
        <source>The contestant B gives the most votes fewer than A</source>
        <translation>Участник, у которого в B больше всего голосов убавилось по сравнению с A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="425"/>
        <source>All contestants&apos; votes in B minus in A</source>
        <translation>Голоса всех участников в B минус в A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="426"/>
        <source>The reviewer&apos;s reason</source>
        <translation>Причина, указанная проверяющим</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="491"/>
        <source>A: {a}, B: {b}</source>
        <translation>A: {a}, B: {b}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="495"/>
        <source>{added} votes more and {removed} fewer in B than in A</source>
        <translation>В B по сравнению с A: голосов больше на {added} и меньше на {removed}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="507"/>
        <source>Lines empty in {a}</source>
        <translation>Пустые строки в «{a}»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="508"/>
        <source>Lines empty in {b}</source>
        <translation>Пустые строки в «{b}»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="509"/>
        <source>{b} differs from {a}</source>
        <translation>«{b}» расходится с «{a}»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="510"/>
        <source>Differences within the tolerance</source>
        <translation>Расхождения в пределах допуска</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="511"/>
        <source>{a} and {b} agree</source>
        <translation>«{a}» и «{b}» совпадают</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="512"/>
        <source>No line has a value on both sides</source>
        <translation>Ни в одной строке нет значений с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="515"/>
        <source>The figures alone: {status}</source>
        <translation>Только по числам: {status}</translation>
    </message>
</context>
<context>
    <name>DiscrepancyPage</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="134"/>
        <source>Co&amp;mpare again</source>
        <translation>&amp;Сравнить заново</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="136"/>
        <source>Read the records again (F5)</source>
        <translation>Заново прочитать записи (F5)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="175"/>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="200"/>
        <source>Stations compared</source>
        <translation>Сравниваемые участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="261"/>
        <source>Choose two different sources to compare.</source>
        <translation>Выберите для сравнения два разных источника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="269"/>
        <source>Comparing</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="270"/>
        <source>Comparing the two sources station by station…</source>
        <translation>Сравнение двух источников по каждому участку…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="275"/>
        <source>Cannot compare</source>
        <translation>Не удаётся сравнить</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="330"/>
        <source>No logbook open.</source>
        <translation>Журнал не открыт.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="333"/>
        <source>The comparison has not been read yet (F5).</source>
        <translation>Сравнение ещё не загружено (F5).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="335"/>
        <source>Neither source has records for this contest yet.</source>
        <translation>Ни в одном из источников пока нет записей по этому голосованию.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/discrepancypage.py" line="338"/>
        <source>{shown} of {total} stations shown</source>
        <translation>
            <numerusform>Показано {shown} из {total} участка</numerusform>
            <numerusform>Показано {shown} из {total} участков</numerusform>
            <numerusform>Показано {shown} из {total} участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/discrepancypage.py" line="341"/>
        <source>{n} mismatches</source>
        <translation>
            <numerusform>{n} расхождение</numerusform>
            <numerusform>{n} расхождения</numerusform>
            <numerusform>{n} расхождений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="350"/>
        <source>+{n} to {name}</source>
        <translation>{name}: +{n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="354"/>
        <source>−{n} from {name}</source>
        <translation>{name}: −{n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="356"/>
        <source>net shift: {shift}</source>
        <translation>чистый сдвиг: {shift}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="358"/>
        <source>no contestant&apos;s votes shifted</source>
        <translation>голоса участников не сместились</translation>
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
        <location filename="../../kzobserver/storage/evidence_records.py" line="84"/>
        <source>station {number}</source>
        <translation>участок {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_records.py" line="86"/>
        <source>no station</source>
        <translation>без участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="111"/>
        <source>Evidence must be attached to a station, an incident report, a checklist answer or a protocol record.</source>
        <translation>Доказательство нужно приложить к участку, сообщению о нарушении, ответу чек-листа или записи протокола.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="144"/>
        <location filename="../../kzobserver/storage/evidence.py" line="166"/>
        <source>{path} is empty: there is nothing to attach.</source>
        <translation>{path} пуст: прикладывать нечего.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="242"/>
        <source>There is not enough disk space to add {path} to the logbook; nothing was added.</source>
        <translation>Недостаточно места на диске, чтобы добавить {path} в журнал; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="256"/>
        <source>There is no station with id {id} in this logbook.</source>
        <translation>В этом журнале нет участка с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="257"/>
        <source>There is no incident report with id {id} in this logbook.</source>
        <translation>В этом журнале нет сообщения о нарушении с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="260"/>
        <source>There is no checklist answer with id {id} in this logbook.</source>
        <translation>В этом журнале нет ответа чек-листа с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="263"/>
        <source>There is no protocol record with id {id} in this logbook.</source>
        <translation>В этом журнале нет записи протокола с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="291"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time.</source>
        <translation type="vanished">«{value}» — не дата и время.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_records.py" line="150"/>
        <source>There is no evidence with id {id} in this logbook.</source>
        <translation>В этом журнале нет доказательства с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="59"/>
        <source>The stored copy of {name} is incomplete (evidence {id}); check the logbook&apos;s evidence.</source>
        <translation>Сохранённая копия {name} неполна (доказательство {id}); проверьте доказательства в журнале.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="202"/>
        <source>The stored copy of {name} has changed since it was added (its SHA-256 no longer matches); it was not saved.</source>
        <translation>Сохранённая копия {name} изменилась после добавления (SHA-256 больше не совпадает); файл не сохранён.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="221"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="285"/>
        <source>the content is missing (no stored data at all)</source>
        <translation>содержимое отсутствует (сохранённых данных нет совсем)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="290"/>
        <source>content is missing: chunk(s) {parts} of {count} are gone</source>
        <translation>содержимое неполное: из {count} частей пропали {parts}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="294"/>
        <source>content is missing: {stored} of {size} bytes are stored</source>
        <translation>содержимое неполное: сохранено {stored} из {size} байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="298"/>
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
    <name>FilterBar</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="191"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="193"/>
        <source>Everything but matches</source>
        <translation>Всё, кроме совпадений</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="213"/>
        <source>Stations where this contestant&apos;s votes differ</source>
        <translation>Участки, где голоса за этого участника расходятся</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="217"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="219"/>
        <source>Only stations where some line differs by at least this much</source>
        <translation>Только участки, где хотя бы в одной строке разница не меньше этого значения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="221"/>
        <source>Show a&amp;ll</source>
        <translation>Показать &amp;все</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="229"/>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="231"/>
        <source>&amp;Contestant</source>
        <translation>&amp;Участник</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="233"/>
        <source>&amp;Difference at least</source>
        <translation>Ра&amp;зница не менее</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="252"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="253"/>
        <source>Any contestant</source>
        <translation>Любой участник</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="302"/>
        <source>Status: all</source>
        <translation>Статус: все</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="304"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="306"/>
        <source>Status: {n} chosen</source>
        <translation>Статус: выбрано {n}</translation>
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
        <location filename="../../kzobserver/ui/importdialog.py" line="79"/>
        <source>comma ( , )</source>
        <translation>запятая ( , )</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="80"/>
        <source>semicolon ( ; )</source>
        <translation>точка с запятой ( ; )</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="81"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="93"/>
        <source>Import stations from {file}</source>
        <translation>Импорт участков из {file}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="116"/>
        <source>Which column holds what</source>
        <translation>Что в каком столбце</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="124"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="130"/>
        <source>{field} (required)</source>
        <translation>{field} (обязательно)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="145"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="151"/>
        <source>The first {n} rows of the file:</source>
        <translation>Первые строки файла ({n}):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="61"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="63"/>
        <source>Sheet: {sheet}</source>
        <translation>Лист: {sheet}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="67"/>
        <source>Encoding: {encoding}</source>
        <translation>Кодировка: {encoding}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="72"/>
        <source>Separator: {delimiter}</source>
        <translation>Разделитель: {delimiter}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="211"/>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Выберите столбец для поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="219"/>
        <source>Stations already in the logbook (same number) are updated; the others are added. If any row has a problem, nothing is imported.</source>
        <translation>Участки, которые уже есть в журнале (с тем же номером), обновляются, остальные добавляются. Если хотя бы в одной строке ошибка, ничего не импортируется.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="230"/>
        <source>Checking the stations…</source>
        <translation>Проверка участков…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="230"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="259"/>
        <location filename="../../kzobserver/ui/importdialog.py" line="262"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="269"/>
        <source>Stations added: {n}</source>
        <translation>Добавлено участков: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="272"/>
        <source>Stations updated: {n}</source>
        <translation>Обновлено участков: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="279"/>
        <source>New regions: {n}</source>
        <translation>Новых регионов: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="283"/>
        <source>New districts: {n}</source>
        <translation>Новых районов: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="302"/>
        <source>Stations imported</source>
        <translation>Участки импортированы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="303"/>
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
        <location filename="../../kzobserver/storage/incident_records.py" line="49"/>
        <source>At the station</source>
        <translation>На участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="50"/>
        <source>At another station</source>
        <translation>На другом участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="51"/>
        <source>Not at a station</source>
        <translation>Не на участке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="60"/>
        <source>Submitted reports cannot be changed; add an amendment.</source>
        <translation>Отправленное сообщение нельзя изменить; добавьте дополнение.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="71"/>
        <location filename="../../kzobserver/storage/incidents.py" line="203"/>
        <location filename="../../kzobserver/storage/incidents.py" line="244"/>
        <source>This report no longer exists.</source>
        <translation>Этого сообщения больше нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="184"/>
        <source>“{category}” is not an irregularity category.</source>
        <translation>«{category}» — не категория нарушений.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="192"/>
        <source>“{value}” is not a severity; choose one of: {known}.</source>
        <translation>«{value}» — не степень важности; выберите одну из: {known}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="200"/>
        <source>“{value}” is not a location; choose one of: {known}.</source>
        <translation>«{value}» — не место; выберите одно из: {known}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="208"/>
        <source>Choose the station, or mark the report as at another station or not at a station.</source>
        <translation>Выберите участок или отметьте, что нарушение было на другом участке или вне участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="218"/>
        <source>There is no such contest in this logbook.</source>
        <translation>В этом журнале нет такого голосования.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="167"/>
        <source>This draft cannot be discarded: files are attached to it.</source>
        <translation>Этот черновик нельзя удалить: к нему приложены файлы.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="178"/>
        <source>Describe what happened before submitting.</source>
        <translation>Перед отправкой опишите, что произошло.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="238"/>
        <source>“{status}” is not a follow-up status.</source>
        <translation>«{status}» — не статус обработки.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="241"/>
        <source>Say why the report is excluded.</source>
        <translation>Укажите, почему сообщение исключено.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="341"/>
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
        <location filename="../../kzobserver/ui/mainwindow.py" line="121"/>
        <source>&amp;New logbook…</source>
        <translation>&amp;Новый журнал…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="122"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="124"/>
        <source>&amp;Import stations…</source>
        <translation>&amp;Импорт участков…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="127"/>
        <source>Import o&amp;fficial results…</source>
        <translation>Импорт о&amp;фициальных результатов…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="130"/>
        <source>&amp;Announced results…</source>
        <translation>Объявленные &amp;результаты…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="141"/>
        <source>&amp;Find station</source>
        <translation>&amp;Найти участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="142"/>
        <source>Election &amp;overview</source>
        <translation>&amp;Обзор выборов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="144"/>
        <source>&amp;Discrepancies</source>
        <translation>&amp;Расхождения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="147"/>
        <source>Enter &amp;protocol</source>
        <translation>Ввести &amp;протокол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="149"/>
        <source>&amp;New report…</source>
        <translation>&amp;Новый отчёт…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="150"/>
        <source>&amp;About kzobserver</source>
        <translation>&amp;О программе kzobserver</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="175"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="187"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="219"/>
        <source>Cannot open the logbook</source>
        <translation>Не удалось открыть журнал</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/mainwindow.py" line="263"/>
        <source>This logbook contains {n} synthetic demo stations. They are not real polling stations.</source>
        <translation>
            <numerusform>В этом журнале {n} синтетический демонстрационный участок. Это не настоящий избирательный участок.</numerusform>
            <numerusform>В этом журнале {n} синтетических демонстрационных участка. Это не настоящие избирательные участки.</numerusform>
            <numerusform>В этом журнале {n} синтетических демонстрационных участков. Это не настоящие избирательные участки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="284"/>
        <source>(demo)</source>
        <translation>(демо)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="292"/>
        <source>No logbook open</source>
        <translation>Журнал не открыт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="297"/>
        <source>No election in this logbook</source>
        <translation>В журнале нет выборов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="349"/>
        <source>Sample and announced</source>
        <translation>Выборка и объявленные данные</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="350"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="395"/>
        <source>Open logbook</source>
        <translation>Открыть журнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="397"/>
        <source>kzobserver logbooks (*.sqlite);;All files (*)</source>
        <translation>Журналы kzobserver (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="409"/>
        <source>Import stations</source>
        <translation>Импорт участков</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="411"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="418"/>
        <location filename="../../kzobserver/ui/mainwindow.py" line="439"/>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="430"/>
        <source>Import official results</source>
        <translation>Импорт официальных результатов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="432"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Таблицы ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="442"/>
        <source>Cannot import official results</source>
        <translation>Не удалось импортировать официальные результаты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="468"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="470"/>
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
        <location filename="../../kzobserver/storage/observers.py" line="25"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="26"/>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="27"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="51"/>
        <source>An observer needs a name.</source>
        <translation>Укажите имя наблюдателя.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="54"/>
        <source>“{role}” is not a role; choose one of: {roles}.</source>
        <translation>«{role}» — не роль; выберите одну из: {roles}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="105"/>
        <location filename="../../kzobserver/storage/observers.py" line="151"/>
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
        <location filename="../../kzobserver/storage/official_import.py" line="141"/>
        <source>{n} rows name stations that are not in this logbook (the first on row {row}). Import the station registry first, or import only the stations the logbook holds (on the command line: --allow-unmatched).</source>
        <translation>Строк с участками, которых нет в этом журнале: {n} (первая — строка {row}). Сначала импортируйте реестр участков или импортируйте только участки, которые есть в журнале (в командной строке: --allow-unmatched).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="149"/>
        <source>Station “{station}” ({region}) is not in the logbook.</source>
        <translation>Участка «{station}» ({region}) нет в журнале.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="175"/>
        <location filename="../../kzobserver/storage/summary.py" line="66"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="199"/>
        <location filename="../../kzobserver/storage/results_logbook.py" line="347"/>
        <source>Station “{station}” is on rows {first} and {row}.</source>
        <translation>Участок «{station}» встречается в строках {first} и {row}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="213"/>
        <location filename="../../kzobserver/storage/results_logbook.py" line="195"/>
        <source>The file has no rows below the header.</source>
        <translation>В файле нет строк под заголовком.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="252"/>
        <source>{stations} official records for {contest} from {rows} rows: {created} new, {updated} updated, {values} values.</source>
        <translation>{contest}: официальных записей — {stations} из строк: {rows} (новых: {created}, обновлено: {updated}), значений: {values}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="265"/>
        <source>{n} rows were left out: their stations are not in the logbook.</source>
        <translation>Пропущено строк: {n} — их участков нет в журнале.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="269"/>
        <source>Columns not imported: {columns}.</source>
        <translation>Не импортированы столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="273"/>
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
        <location filename="../../kzobserver/storage/announced_import.py" line="140"/>
        <source>No figures found: name the columns area, line, value (one figure per row) or area and one column per line or contestant.</source>
        <translation>Показатели не найдены: назовите столбцы area, line, value (один показатель в строке) или area и по одному столбцу на каждую строку протокола или участника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="191"/>
        <source>The file has no figures.</source>
        <translation>В файле нет показателей.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="219"/>
        <source>The column “{column}” is not a line, a contestant or one of area, line, value, as_of, source.</source>
        <translation>Столбец «{column}» — не строка, не участник и не один из area, line, value, as_of, source.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="227"/>
        <source>Unknown area “{area}”.</source>
        <translation>Неизвестная территория «{area}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="231"/>
        <source>Unknown line “{line}”: write a line code (such as ballots_issued, votes:CODE, turnout_percent, share_percent:CODE, seats:CODE), a line&apos;s label or a contestant&apos;s name.</source>
        <translation>Неизвестная строка «{line}»: укажите код строки (например, ballots_issued, votes:CODE, turnout_percent, share_percent:CODE, seats:CODE), название строки или имя участника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="239"/>
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
        <location filename="../../kzobserver/storage/results_logbook.py" line="282"/>
        <source>No candidate or party columns were found: every column is a place, a protocol line or a link. The columns are: {found}.</source>
        <translation>Не найдены столбцы кандидатов или партий: каждый столбец — место, строка протокола или ссылка. Есть столбцы: {found}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="332"/>
        <source>The region is empty; station numbers repeat across regions, so every row needs its region.</source>
        <translation>Регион не указан; номера участков в разных регионах повторяются, поэтому в каждой строке нужен регион.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="427"/>
        <source>station numbers are “&lt;region code&gt;-&lt;number&gt;”</source>
        <translation>номера участков имеют вид «&lt;код региона&gt;-&lt;номер&gt;»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="429"/>
        <source>station numbers as in the file</source>
        <translation>номера участков как в файле</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="431"/>
        <source>Created {path}: election {election}, {stations} stations in {regions} regions and {districts} districts, {contestants} contestants, {records} official records ({values} values); {numbering}.</source>
        <translation>Создан {path}: выборы {election}; участков: {stations}, регионов: {regions}, районов: {districts}; участников: {contestants}; официальных записей: {records} (значений: {values}); {numbering}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/summary.py" line="57"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Неизвестный источник «{source}»; используйте {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/summary.py" line="231"/>
        <source>Compare two different sources.</source>
        <translation>Сравнивать нужно два разных источника.</translation>
    </message>
</context>
<context>
    <name>OfficialImportDialog</name>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="62"/>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="214"/>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="329"/>
        <source>Import official results</source>
        <translation>Импорт официальных результатов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="69"/>
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="95"/>
        <source>&amp;Allow stations not in this logbook</source>
        <translation>&amp;Разрешить участки, которых нет в этом журнале</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="120"/>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="133"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="148"/>
        <source>&amp;Contest:</source>
        <translation>&amp;Голосование:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="197"/>
        <source>The first {n} of about {total} rows:</source>
        <translation>Первые строки ({n} из примерно {total}):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="201"/>
        <source>The first {n} rows:</source>
        <translation>Первые строки ({n}):</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="vanished">Файл: {path}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation type="vanished">Лист: {sheet}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation type="vanished">Кодировка: {encoding}</translation>
    </message>
    <message>
        <source>Separator: {delimiter}</source>
        <translation type="vanished">Разделитель: {delimiter}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="216"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Таблицы ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="226"/>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="283"/>
        <source>Each station&apos;s official record is created or replaced. If any row has a problem, nothing is imported.</source>
        <translation>Официальная запись каждого участка создаётся или заменяется. Если хотя бы в одной строке ошибка, ничего не импортируется.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="287"/>
        <source>{n} lines have no column and stay empty.</source>
        <translation>Строк протокола без столбца: {n}; они останутся пустыми.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="297"/>
        <source>This logbook holds {n} stations of this contest. A row for any other station rejects the file unless this is ticked; ticked, such rows are left out and counted in the summary.</source>
        <translation>Участков этого голосования в журнале: {n}. Если флажок не установлен, строка с любым другим участком отклоняет весь файл; если установлен, такие строки пропускаются и учитываются в итогах.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="330"/>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="334"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="340"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="349"/>
        <source>Nothing was imported. Fix these {n} problem(s) and try again:</source>
        <translation>Ничего не импортировано. Исправьте ошибки ({n}) и повторите попытку:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="378"/>
        <source>row {row}: {station} ({region})</source>
        <translation>строка {row}: {station} ({region})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="383"/>
        <source>Left out, for example: {examples}.</source>
        <translation>Пропущены, например: {examples}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="395"/>
        <source>This logbook has no election with a contest yet.</source>
        <translation>В этом журнале ещё нет выборов с голосованием.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="410"/>
        <source>Official results imported</source>
        <translation>Официальные результаты импортированы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="411"/>
        <source>Imported {file}.</source>
        <translation>Файл {file} импортирован.</translation>
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
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="67"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="68"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="69"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="70"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
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
        <location filename="../../kzobserver/storage/protocol_import.py" line="88"/>
        <source>The election has no contests.</source>
        <translation>В этих выборах нет ни одного голосования.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="95"/>
        <source>Unknown contest “{code}”; the contests are: {codes}.</source>
        <translation>Неизвестное голосование «{code}»; есть такие: {codes}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="119"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Неизвестный источник «{source}»; используйте {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="127"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="134"/>
        <source>a station number column</source>
        <translation>столбец с номером участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="136"/>
        <source>any column named after a protocol line</source>
        <translation>ни один столбец, названный по строке протокола</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="142"/>
        <source>No {missing} was found. The columns are: {found}. Name the columns after the line codes ({codes}) or their labels.</source>
        <translation>Не найден {missing}. Столбцы файла: {found}. Назовите столбцы по кодам строк ({codes}) или по их названиям.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="177"/>
        <source>“{value}” is not a station number.</source>
        <translation>«{value}» — не номер участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="188"/>
        <source>Station {number} is not in this logbook for the contest “{contest}”.</source>
        <translation>Участка {number} нет в этом журнале для голосования «{contest}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="200"/>
        <source>Station {number} is on rows {first} and {row}.</source>
        <translation>Участок {number} встречается в строках {first} и {row}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="252"/>
        <source>“{value}” is not a count: a protocol line holds a whole number from 0 to {limit}, or nothing when it was not seen.</source>
        <translation>«{value}» — не число: в строке протокола целое число от 0 до {limit} или пусто, если значение не видели.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="226"/>
        <source>The file has no rows below the header.</source>
        <translation>В файле нет строк под заголовком.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="401"/>
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
        <location filename="../../kzobserver/storage/protocols.py" line="25"/>
        <source>Observer&apos;s tally</source>
        <translation>Подсчёт наблюдателя</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="26"/>
        <source>Commission&apos;s protocol copy</source>
        <translation>Копия протокола УИК</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="27"/>
        <source>Official published figures</source>
        <translation>Официальные данные</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="82"/>
        <source>A protocol line holds a whole number.</source>
        <translation>В строке протокола должно быть целое число.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="84"/>
        <source>A protocol line cannot be negative.</source>
        <translation>Строка протокола не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="87"/>
        <source>{value} is too large for a polling station&apos;s protocol.</source>
        <translation>{value} — слишком большое число для протокола избирательного участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="176"/>
        <source>This protocol record no longer exists.</source>
        <translation>Этой записи протокола больше нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="216"/>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation>Укажите имя проверяющего.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="218"/>
        <source>Say why the line is verified.</source>
        <translation>Укажите, почему строка подтверждена.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="221"/>
        <source>An empty line cannot be verified.</source>
        <translation>Пустую строку нельзя подтвердить.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../kzobserver/ui/tasks.py" line="82"/>
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
    <name>ReportDialog</name>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="74"/>
        <source>… and {n} more rows in the report.</source>
        <translation>… и ещё строк в отчёте: {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="97"/>
        <location filename="../../kzobserver/ui/reportdialog.py" line="417"/>
        <source>New report</source>
        <translation>Новый отчёт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="106"/>
        <source>The format follows the file name you choose: .pdf or .html for the whole report, .csv or .xlsx for its tables (discrepancies, irregularities, evidence).</source>
        <translation>Формат определяется выбранным именем файла: .pdf или .html — весь отчёт, .csv или .xlsx — его таблицы (расхождения, нарушения, доказательства).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="122"/>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="127"/>
        <source>First pages</source>
        <translation>Первые страницы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="128"/>
        <source>The whole report</source>
        <translation>Весь отчёт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="132"/>
        <source>Press Preview to see the report as it will read.</source>
        <translation>Нажмите «Предпросмотр», чтобы увидеть отчёт в готовом виде.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="153"/>
        <source>&amp;Create…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="170"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="171"/>
        <source>The &amp;whole election</source>
        <translation>&amp;Все выборы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="172"/>
        <source>A &amp;region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="173"/>
        <source>These &amp;stations:</source>
        <translation>Эти &amp;участки:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="186"/>
        <source>numbers separated by commas: 12, 57, 301</source>
        <translation>номера через запятую: 12, 57, 301</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="196"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="214"/>
        <source>Charts (PDF and HTML)</source>
        <translation>Диаграммы (PDF и HTML)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="218"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="219"/>
        <source>Source &amp;A:</source>
        <translation>Источник &amp;A:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="220"/>
        <source>Source &amp;B:</source>
        <translation>Источник &amp;B:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="221"/>
        <source>Sections:</source>
        <translation>Разделы:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="224"/>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="226"/>
        <source>Include &amp;names of witnesses and perpetrators, and do-not-publish evidence</source>
        <translation>Включить &amp;имена свидетелей и нарушителей, а также доказательства с пометкой «не публиковать»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="232"/>
        <source>Left unticked, the report leaves out the names of witnesses and perpetrators, and the file names and pictures of evidence marked do-not-publish (their SHA-256 is still listed). Tick it only for a report that stays with your organisation or goes to a court: the cover will say it must not be published.</source>
        <translation>Если флажок не установлен, в отчёт не попадут имена свидетелей и нарушителей, а также имена файлов и изображения доказательств с пометкой «не публиковать» (их SHA-256 всё равно будет указан). Устанавливайте флажок, только если отчёт останется в вашей организации или будет передан в суд: на титульной странице будет указано, что его нельзя публиковать.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="295"/>
        <source>Choose a region.</source>
        <translation>Выберите регион.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="300"/>
        <source>Type the numbers of the stations to report on.</source>
        <translation>Введите номера участков, по которым нужен отчёт.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="320"/>
        <location filename="../../kzobserver/ui/reportdialog.py" line="345"/>
        <location filename="../../kzobserver/ui/reportdialog.py" line="404"/>
        <source>Cannot make this report</source>
        <translation>Не удаётся составить этот отчёт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="338"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="339"/>
        <source>Preparing the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="342"/>
        <source>Preview cancelled.</source>
        <translation>Предпросмотр отменён.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="360"/>
        <source>Preview of the whole report.</source>
        <translation>Предпросмотр всего отчёта.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="362"/>
        <source>Preview of the first pages; the file holds the whole report.</source>
        <translation>Предпросмотр первых страниц; в файл будет записан весь отчёт.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="374"/>
        <source>PDF report (*.pdf)</source>
        <translation>Отчёт PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="375"/>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="376"/>
        <source>Spreadsheet tables, CSV (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="377"/>
        <source>Spreadsheet workbook (*.xlsx)</source>
        <translation>Книга электронных таблиц (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="382"/>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="418"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="422"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: ни один файл не записан.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="426"/>
        <source>Cannot write the report</source>
        <translation>Не удалось сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="429"/>
        <source>Written: {files}</source>
        <translation>Сохранено: {files}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="430"/>
        <source>Report written</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="430"/>
        <source>The report is in:</source>
        <translation>Файлы отчёта:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../kzobserver/cli/report.py" line="26"/>
        <source>give station numbers separated by commas</source>
        <translation>укажите номера участков через запятую</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/report.py" line="41"/>
        <source>“{name}” is not a section; choose from {sections}.</source>
        <translation>«{name}» — не раздел; выберите из: {sections}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/report.py" line="143"/>
        <source>Wrote {path} ({size} bytes, SHA-256 {sha256})</source>
        <translation>Записан {path} ({size} байт, SHA-256 {sha256})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/report.py" line="149"/>
        <source>This report names witnesses and perpetrators and shows do-not-publish evidence: do not publish it.</source>
        <translation>В этом отчёте названы свидетели и нарушители и показаны доказательства с пометкой «не публиковать»: не публикуйте его.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="122"/>
        <source>Discrepancy report: {election}</source>
        <translation>Отчёт о расхождениях: {election}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="178"/>
        <location filename="../../kzobserver/reports/export.py" line="129"/>
        <source>Discrepancy report</source>
        <translation>Отчёт о расхождениях</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="186"/>
        <source>DEMO DATA: {n} of the stations in this report are synthetic demo stations, invented for trying the app, and so is every figure about them. This report is not evidence.</source>
        <translation>ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ: участков в этом отчёте, являющихся синтетическими демонстрационными участками: {n}. Они выдуманы для знакомства с программой, как и все данные о них. Этот отчёт не является доказательством.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="199"/>
        <source>(accreditation {number})</source>
        <translation>(аккредитация {number})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="203"/>
        <source>INCLUDED at the author&apos;s request: names of witnesses and perpetrators, and the names and pictures of evidence marked do-not-publish. Do not publish this report.</source>
        <translation>ВКЛЮЧЕНЫ по просьбе автора: имена свидетелей и нарушителей, а также имена и изображения доказательств с пометкой «не публиковать». Не публикуйте этот отчёт.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="209"/>
        <source>Left out: names of witnesses and perpetrators, and the names and pictures of evidence marked do-not-publish (their SHA-256 is listed).</source>
        <translation>Не включены: имена свидетелей и нарушителей, а также имена и изображения доказательств с пометкой «не публиковать» (их SHA-256 указан).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="218"/>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="219"/>
        <source>Election day</source>
        <translation>День выборов</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="220"/>
        <source>Contest</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="221"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="223"/>
        <source>Sources compared</source>
        <translation>Сравниваемые источники</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="226"/>
        <source>Prepared by</source>
        <translation>Составил</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="228"/>
        <source>Made on</source>
        <translation>Составлен</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="231"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="232"/>
        <source>Sensitive information</source>
        <translation>Конфиденциальные сведения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="233"/>
        <source>Made with</source>
        <translation>Создан в программе</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="236"/>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="246"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="247"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="248"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="151"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="323"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="250"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="267"/>
        <source>The audit log records no imported file: the records were entered in the app.</source>
        <translation>В журнале аудита нет ни одного импортированного файла: записи были введены в программе.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="273"/>
        <source>Logbook file</source>
        <translation>Файл журнала</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="275"/>
        <source>Its SHA-256 when this report was made</source>
        <translation>Его SHA-256 на момент составления отчёта</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="279"/>
        <source>Its size</source>
        <translation>Его размер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="284"/>
        <source>Another program had the logbook open, so its latest changes may not be in the file yet: the hash may not match a copy of the file made now.</source>
        <translation>Журнал был открыт в другой программе, поэтому последние изменения могли ещё не попасть в файл: хеш может не совпасть с копией файла, сделанной сейчас.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="292"/>
        <source>Every figure in this report names its station and source; each station&apos;s page names who recorded each record and when, and lists the evidence files by SHA-256.</source>
        <translation>Для каждого показателя в этом отчёте указаны участок и источник; на странице каждого участка указано, кто и когда сделал каждую запись, и перечислены файлы-доказательства с их SHA-256.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="301"/>
        <source>Contents: {sections}.</source>
        <translation>Содержание: {sections}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="29"/>
        <source>inside</source>
        <translation>внутри</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="29"/>
        <source>OUTSIDE</source>
        <translation>ВНЕ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="39"/>
        <source>Turnout, {area}</source>
        <translation>Явка, {area}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="46"/>
        <source>{name}: announced {announced} %, the sample gives {estimate} ± {margin} %.</source>
        <translation>{name}: объявлено {announced} %, по выборке {estimate} ± {margin} %.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="62"/>
        <location filename="../../kzobserver/reports/content_options.py" line="32"/>
        <source>Aggregate comparison</source>
        <translation>Сводное сравнение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="65"/>
        <source>The stations recorded in {source} ({sampled} of {population}) are treated as a random sample of all stations ({kind}). For each contestant the sample gives an estimate of its share with a 95 % margin of error; the announced share is set against it. This section covers the whole election whatever the report&apos;s scope.</source>
        <translation>Участки, по которым есть записи «{source}» ({sampled} из {population}), рассматриваются как случайная выборка из всех участков ({kind}). Для каждого участника выборка даёт оценку его доли с погрешностью при 95 % доверительной вероятности; с этой оценкой сопоставляется объявленная доля. Этот раздел охватывает все выборы независимо от охвата отчёта.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="75"/>
        <source>stratified by region</source>
        <translation>стратифицированная по регионам</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="77"/>
        <source>simple random sample</source>
        <translation>простая случайная выборка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="82"/>
        <source>No sample design is recorded for this logbook: the estimate assumes the observed stations were drawn at random. If they were not (observers went where they could), the margins understate the uncertainty.</source>
        <translation>Для этого журнала не записан план выборки: оценка исходит из того, что наблюдаемые участки выбраны случайно. Если это не так (наблюдатели шли туда, куда могли), реальная неопределённость больше указанных погрешностей.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="92"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="108"/>
        <source>Contestant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="93"/>
        <source>Sample estimate, %</source>
        <translation>Оценка по выборке, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="94"/>
        <source>± margin, pp</source>
        <translation>± погрешность, п. п.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="95"/>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="155"/>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="248"/>
        <source>Announced, %</source>
        <translation>Объявлено, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="96"/>
        <source>Announced − estimate, pp</source>
        <translation>Объявлено − оценка, п. п.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="97"/>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="156"/>
        <source>In the 95 % interval</source>
        <translation>В интервале 95 %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="119"/>
        <source>* No share was announced: computed from the announced votes.</source>
        <translation>* Доля не объявлена: рассчитана по объявленным голосам.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="149"/>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="152"/>
        <source>Area</source>
        <translation>Территория</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="153"/>
        <source>Stations recorded</source>
        <translation>Участков с записями</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="154"/>
        <source>Estimate ± margin, %</source>
        <translation>Оценка ± погрешность, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="184"/>
        <source>No estimate where fewer than 2 stations are recorded (stations recorded in brackets): {names}.</source>
        <translation>Оценки нет там, где записей меньше чем по 2 участкам (число участков с записями — в скобках): {names}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="201"/>
        <source>Areas observed completely</source>
        <translation>Территории, полностью охваченные наблюдением</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="203"/>
        <source>Every station of these areas has a record, so their sums can be set against the announced totals directly, with no margin of error.</source>
        <translation>По каждому участку этих территорий есть запись, поэтому их суммы можно напрямую сопоставить с объявленными итогами, без погрешности.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="212"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="49"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="210"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="213"/>
        <source>Sum of the records</source>
        <translation>Сумма записей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="214"/>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="215"/>
        <source>Announced − sum</source>
        <translation>Объявлено − сумма</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="218"/>
        <source>{area}: {n} stations</source>
        <translation>{area}: участков — {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="241"/>
        <source>Headcounts and the announced turnout</source>
        <translation>Подсчёт явки наблюдателями и объявленная явка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="245"/>
        <source>Announced at</source>
        <translation>Время объявления</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="246"/>
        <source>Stations counted</source>
        <translation>Участков с подсчётом</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="247"/>
        <source>Headcounts, %</source>
        <translation>Подсчёт явки, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="249"/>
        <source>Announced − headcounts, pp</source>
        <translation>Объявлено − подсчёт, п. п.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="277"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="46"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="99"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="150"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="62"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="278"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="47"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="100"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="194"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="63"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="143"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="279"/>
        <source>Headcount</source>
        <translation>Подсчёт явки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="280"/>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="281"/>
        <source>Issued − headcount</source>
        <translation>Выдано − подсчитано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="284"/>
        <source>Stations where the ballots issued differ most from the headcount</source>
        <translation>Участки, где число выданных бюллетеней сильнее всего отличается от подсчёта явки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="304"/>
        <source>The announced figures against themselves</source>
        <translation>Внутренняя согласованность объявленных данных</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="307"/>
        <source>Shares checked against the votes: {n}; inconsistent: {bad}.</source>
        <translation>Доли, сверенные с голосами: {n}; несогласованных: {bad}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="310"/>
        <source>Areas whose totals were checked: {n}; problems: {bad}.</source>
        <translation>Территорий, итоги которых проверены: {n}; с проблемами: {bad}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="317"/>
        <source>{name}: announced share {published} %, but its {votes} votes make {computed} %.</source>
        <translation>{name}: объявленная доля {published} %, но {votes} голосов дают {computed} %.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="329"/>
        <source>National</source>
        <translation>По стране</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="334"/>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="335"/>
        <source>Announced votes</source>
        <translation>Объявленные голоса</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="336"/>
        <source>Announced seats</source>
        <translation>Объявленные мандаты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="337"/>
        <source>Largest remainder (Hare)</source>
        <translation>Наибольший остаток (квота Хэйра)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="338"/>
        <source>D&apos;Hondt, for comparison</source>
        <translation>Д’Ондт, для сравнения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="358"/>
        <source>The announced seats are what the largest-remainder rule gives.</source>
        <translation>Объявленные мандаты совпадают с распределением по правилу наибольшего остатка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="363"/>
        <source>The announced seats differ from what the largest-remainder rule gives.</source>
        <translation>Объявленные мандаты отличаются от распределения по правилу наибольшего остатка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="120"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="366"/>
        <source>unsigned</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="134"/>
        <source>Stations {numbers}</source>
        <translation>Участки {numbers}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="138"/>
        <source>Region: {name}</source>
        <translation>Регион: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="141"/>
        <source>The whole election</source>
        <translation>Все выборы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="298"/>
        <source>There is no region “{code}”; the regions are: {codes}.</source>
        <translation>Региона «{code}» нет; есть регионы: {codes}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="307"/>
        <source>This logbook has no station {numbers}.</source>
        <translation>В этом журнале нет участков: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="77"/>
        <source>Match</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="78"/>
        <source>Within tolerance</source>
        <translation>В пределах допуска</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="79"/>
        <source>Mismatch</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="80"/>
        <source>Missing in A</source>
        <translation>Нет в A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="81"/>
        <source>Missing in B</source>
        <translation>Нет в B</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="82"/>
        <source>Missing in both</source>
        <translation>Нет в обоих</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="83"/>
        <source>Under review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="84"/>
        <source>Excluded</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="85"/>
        <source>Confirmed with evidence</source>
        <translation>Подтверждено доказательствами</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="86"/>
        <source>Decision withdrawn</source>
        <translation>Решение отозвано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="92"/>
        <source>{n} bytes</source>
        <translation>{n} байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="94"/>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="95"/>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="31"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="41"/>
        <source>Summary of findings</source>
        <translation>Основные выводы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="33"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="47"/>
        <source>Discrepancy table</source>
        <translation>Таблица расхождений</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="34"/>
        <source>A page per flagged station</source>
        <translation>По странице на каждый отмеченный участок</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="35"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="147"/>
        <source>Irregularity statistics</source>
        <translation>Статистика нарушений</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="36"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="246"/>
        <source>Methodology and caveats</source>
        <translation>Методология и оговорки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="37"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="316"/>
        <source>Appendix: audit trail</source>
        <translation>Приложение: журнал аудита</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="62"/>
        <source>“{lang}” is not a report language; use {langs}.</source>
        <translation>«{lang}» — не язык отчёта; используйте {langs}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="69"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Неизвестный источник «{source}»; используйте {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="74"/>
        <source>Compare two different sources.</source>
        <translation>Сравнивать нужно два разных источника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="77"/>
        <source>Choose a region or a list of stations, not both.</source>
        <translation>Выберите регион или список участков, но не то и другое сразу.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="48"/>
        <source>Line code</source>
        <translation>Код строки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="52"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="213"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="53"/>
        <source>Line status</source>
        <translation>Статус строки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="54"/>
        <source>Station status</source>
        <translation>Статус участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="55"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="56"/>
        <source>Review reason</source>
        <translation>Причина решения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="57"/>
        <source>A recorded by</source>
        <translation>Кто записал A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="58"/>
        <source>A last changed</source>
        <translation>A изменено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="59"/>
        <source>B recorded by</source>
        <translation>Кто записал B</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="60"/>
        <source>B last changed</source>
        <translation>B изменено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="62"/>
        <source>discrepancies</source>
        <translation>расхождения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="98"/>
        <source>Report id</source>
        <translation>Идентификатор сообщения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="101"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="221"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="269"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="376"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="102"/>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="103"/>
        <source>Category code</source>
        <translation>Код категории</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="104"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="160"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="222"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="270"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="105"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="271"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="106"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="274"/>
        <source>Follow-up</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="107"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="224"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="272"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="108"/>
        <source>Complaint filed</source>
        <translation>Подана жалоба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="109"/>
        <source>Complaint reference</source>
        <translation>Номер жалобы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="110"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="111"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="225"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="273"/>
        <source>Reported by</source>
        <translation>Автор сообщения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="112"/>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="116"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="279"/>
        <source>Perpetrator</source>
        <translation>Нарушитель</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="117"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="280"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="119"/>
        <source>irregularities</source>
        <translation>нарушения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="120"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="162"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="120"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="162"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="149"/>
        <source>Evidence id</source>
        <translation>ID доказательства</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="153"/>
        <source>Size, bytes</source>
        <translation>Размер, байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="154"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="155"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="326"/>
        <source>Captured</source>
        <translation>Время съёмки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="156"/>
        <source>Do not publish</source>
        <translation>Не публиковать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="157"/>
        <source>Irregularity report</source>
        <translation>Сообщение о нарушении</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="158"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="327"/>
        <source>Attached by</source>
        <translation>Кем прикреплено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="160"/>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="51"/>
        <source>Recorded only in A ({a})</source>
        <translation>Записано только в A ({a})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="52"/>
        <source>Recorded only in B ({b})</source>
        <translation>Записано только в B ({b})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="55"/>
        <source>Stations with records from both A and B</source>
        <translation>Участки с записями и в A, и в B</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="59"/>
        <source>Stations with a page in this report</source>
        <translation>Участки, которым в отчёте отведена страница</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="63"/>
        <source>Stations where a control relation fails</source>
        <translation>Участки, где не сходится контрольное соотношение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="67"/>
        <source>Irregularity reports (high or critical)</source>
        <translation>Сообщения о нарушениях (высокой или критической важности)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="70"/>
        <source>Evidence files</source>
        <translation>Файлы-доказательства</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="76"/>
        <source>Status of the comparison</source>
        <translation>Статус сравнения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="77"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="163"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="196"/>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="80"/>
        <source>Stations by status, B − A</source>
        <translation>Участки по статусу, B − A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="94"/>
        <source>At the {n} stations whose records differ beyond the tolerance, B has {added} votes more and {removed} fewer than A for the contestants, and {issued} ballots issued. Net shift per contestant:</source>
        <translation>Участков, где записи расходятся сверх допуска: {n}. На них в B по сравнению с A у участников прибавлено голосов: {added}, убавлено: {removed}; выданные бюллетени: {issued}. Чистый сдвиг по участникам:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="109"/>
        <source>Net votes, B − A</source>
        <translation>Чистый сдвиг голосов, B − A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="120"/>
        <source>No station&apos;s records differ beyond the tolerance.</source>
        <translation>Ни на одном участке записи не расходятся сверх допуска.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="125"/>
        <source>Announced figures outside the sample&apos;s 95 % interval:</source>
        <translation>Объявленные показатели за пределами 95 % интервала выборки:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="132"/>
        <source>Every announced figure lies inside the sample&apos;s 95 % interval.</source>
        <translation>Все объявленные показатели лежат внутри 95 % интервала выборки.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="149"/>
        <source>{n} irregularity reports in the scope (the current version of each report; amended reports count once).</source>
        <translation>Сообщений о нарушениях в отчёте: {n} (учитывается текущая версия каждого сообщения; сообщения с поправками считаются один раз).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="161"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="195"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="209"/>
        <source>Reports</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="162"/>
        <source>High or critical</source>
        <translation>Высокая или критическая</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="164"/>
        <source>Complaints filed</source>
        <translation>Подано жалоб</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="167"/>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="199"/>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="202"/>
        <source>Not at a known station</source>
        <translation>Вне известных участков</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="208"/>
        <source>Hour ({zone})</source>
        <translation>Час ({zone})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="212"/>
        <source>By hour of the day</source>
        <translation>По часам суток</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="223"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="228"/>
        <source>Reports not tied to a station in this logbook</source>
        <translation>Сообщения, не привязанные к участку из этого журнала</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="248"/>
        <source>Sources. A is {a}, B is {b}. An observer&apos;s tally against the commission&apos;s protocol copy shows changes made at the station; the protocol copy against the official published figures shows changes made later, during tabulation. Each difference is B − A: a positive number is what B has more of.</source>
        <translation>Источники. A — {a}, B — {b}. Сравнение подсчёта наблюдателя с копией протокола УИК показывает изменения, внесённые на участке; сравнение копии протокола с официальными данными — изменения, внесённые позже, при подведении итогов. Каждая разница — это B − A: положительное число означает, что в B больше.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="255"/>
        <source>Statuses. Match: both records have the line and it is equal. Mismatch: it differs by more than the tolerance (none unless stated). Missing: the line is empty on one side; an empty line is never taken as 0. A reviewer may put a station under review, confirm a difference with evidence, or exclude it with a reason; the computed status is kept beside the decision.</source>
        <translation>Статусы. Совпадение: строка есть в обеих записях, и значения равны. Расхождение: значения отличаются больше чем на допуск (если не указано иное, допуск нулевой). Нет данных: строка пуста с одной стороны; пустая строка никогда не считается нулём. Проверяющий может поставить участок на проверку, подтвердить расхождение доказательством или исключить участок, указав причину; вычисленный статус сохраняется рядом с решением.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="263"/>
        <source>Where several observers recorded the same station, the record changed last is compared. Net shift sums B − A per contestant over the stations that differ beyond the tolerance, leaving out the stations a reviewer excluded.</source>
        <translation>Если один участок записали несколько наблюдателей, сравнивается запись, изменённая последней. Чистый сдвиг — это сумма B − A по каждому участнику на участках, где расхождение превышает допуск, без участков, исключённых проверяющим.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="269"/>
        <source>Control relations are the protocol&apos;s own arithmetic (ballots issued no more than voters on the list, ballots in the boxes equal to invalid plus the votes, and so on). Official data always satisfy them, because the tabulation system enforces them, so internal checks alone never expose a falsification: the comparison between sources does.</source>
        <translation>Контрольные соотношения — это собственная арифметика протокола (выдано бюллетеней не больше, чем избирателей в списке; бюллетеней в ящиках столько же, сколько недействительных плюс голоса, и т. д.). Официальные данные всегда им удовлетворяют, потому что этого требует система подведения итогов, поэтому одни лишь внутренние проверки никогда не выявят фальсификацию: её выявляет сравнение источников.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="277"/>
        <source>Sample estimates. The stations observed are treated as a random sample (stratified by region when a sample design is recorded). Shares and turnout are ratio estimates with a 95 % margin of error that includes the finite-population correction. The interval covers the true figure in about 95 of 100 samples, so an announced figure outside it is unlikely but not impossible by chance. Stations the observers chose themselves, or could not reach, are not a random sample, and stations with an incomplete record are left out as if missing at random.</source>
        <translation>Выборочные оценки. Наблюдаемые участки рассматриваются как случайная выборка (стратифицированная по регионам, если записан план выборки). Доли и явка — это оценки отношения с погрешностью при 95 % уровне, учитывающей поправку на конечность генеральной совокупности. Интервал накрывает истинное значение примерно в 95 выборках из 100, поэтому объявленный показатель вне интервала маловероятен, но может оказаться там и случайно. Участки, которые наблюдатели выбрали сами или до которых не смогли добраться, не являются случайной выборкой, а участки с неполной записью не учитываются, как если бы данные отсутствовали случайно.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="287"/>
        <source>Headcounts are the voters an observer saw entering; they are compared with the turnout announced at the nearest time and with the ballots issued. Voting at home (the mobile box) is not seen at the station.</source>
        <translation>Подсчёт явки — это избиратели, которых наблюдатель видел входящими; он сравнивается с явкой, объявленной на ближайшее время, и с числом выданных бюллетеней. Голосование на дому (переносной ящик) на участке не видно.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="293"/>
        <source>These are signals for follow-up, not proof. A difference can come from a copying or typing error, a late correction or a misread figure; an announced figure outside an interval can be chance. Each finding should be checked against the protocol copy, the evidence listed with its SHA-256, and the people who recorded it.</source>
        <translation>Это сигналы для дальнейшей проверки, а не доказательства. Расхождение может быть следствием ошибки при переписывании или вводе, поздней поправки или неверно прочитанной цифры; объявленный показатель вне интервала может оказаться там случайно. Каждую находку следует сверить с копией протокола, с доказательствами, перечисленными с их SHA-256, и с людьми, которые её записали.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="301"/>
        <source>Times are given in this computer&apos;s time zone with its offset from UTC. SHA-256 hashes let anyone holding a file check that it is the one recorded here.</source>
        <translation>Время указано в часовом поясе этого компьютера со смещением относительно UTC. Хеши SHA-256 позволяют любому, у кого есть файл, проверить, что это именно тот файл, который здесь записан.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="318"/>
        <source>The logbook keeps an append-only log of imports, reviews and other changes, chained by SHA-256 per device so that an entry changed or deleted outside the app is detected.</source>
        <translation>Журнал хранит историю импорта, проверок и других изменений, в которую записи можно только добавлять; записи каждого устройства связаны в цепочку по SHA-256, поэтому запись, изменённая или удалённая вне программы, будет обнаружена.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="326"/>
        <source>passed: every entry matches its hash and every chain is whole</source>
        <translation>пройдена: каждая запись соответствует своему хешу, все цепочки целы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="328"/>
        <source>FAILED: {n} problems</source>
        <translation>НЕ ПРОЙДЕНА: проблем — {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="334"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="347"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="360"/>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="335"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="336"/>
        <source>First entry</source>
        <translation>Первая запись</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="337"/>
        <source>Last entry</source>
        <translation>Последняя запись</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="338"/>
        <source>Audit verification</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="346"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="350"/>
        <source>Entries by action</source>
        <translation>Записи по действиям</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="359"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="363"/>
        <source>Entries by author</source>
        <translation>Записи по авторам</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="371"/>
        <source>The latest hash of each device&apos;s chain; compare it with one noted elsewhere earlier to detect a log rewritten from some entry onwards:</source>
        <translation>Последний хеш цепочки каждого устройства; сравните его с хешем, записанным ранее в другом месте, чтобы обнаружить историю, переписанную начиная с какой-либо записи:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="379"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="380"/>
        <source>Latest hash</source>
        <translation>Последний хеш</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="49"/>
        <source>Every station whose records from A ({a}) and B ({b}) differ, or on which a reviewer decided, worst first: the largest difference on any line, then the status. A difference is B − A.</source>
        <translation>Все участки, где записи из A ({a}) и B ({b}) расходятся или по которым проверяющий принял решение, начиная с самых серьёзных: по наибольшей разнице в какой-либо строке, затем по статусу. Разница — это B − A.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="57"/>
        <source>No station&apos;s records differ.</source>
        <translation>Ни на одном участке записи не расходятся.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="64"/>
        <source>Largest difference</source>
        <translation>Наибольшая разница</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="65"/>
        <source>On line</source>
        <translation>В строке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="66"/>
        <source>Gained / lost in B</source>
        <translation>Выиграл / проиграл в B</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="67"/>
        <source>Status, review</source>
        <translation>Статус, проверка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="101"/>
        <source>Flagged stations</source>
        <translation>Отмеченные участки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="103"/>
        <source>{n} stations: a difference beyond the tolerance or a reviewer&apos;s decision, a failed control relation, or an irregularity report. Each page shows the station&apos;s records line by line, who recorded them and when.</source>
        <translation>Участков: {n} — с расхождением сверх допуска или решением проверяющего, с несошедшимся контрольным соотношением или с сообщением о нарушении. На странице каждого участка его записи приведены построчно, с указанием, кто и когда их внёс.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="141"/>
        <source>Station {number}</source>
        <translation>Участок {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="147"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="149"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="151"/>
        <source>Registered voters</source>
        <translation>Зарегистрировано избирателей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="156"/>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="164"/>
        <source>Review decision</source>
        <translation>Решение проверки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="181"/>
        <source>recorded by {name}</source>
        <translation>записано наблюдателем {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="185"/>
        <source>entered or imported by {name}</source>
        <translation>введено или импортировано пользователем {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="188"/>
        <source>{source}: {who}, last changed {time}</source>
        <translation>{source}: {who}, изменено {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="199"/>
        <source>Where a source has several records, the latest changed one is compared.</source>
        <translation>Если у источника несколько записей, сравнивается последняя изменённая.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="214"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="245"/>
        <source>Control relations that fail</source>
        <translation>Несошедшиеся контрольные соотношения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="248"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="249"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="250"/>
        <source>What the numbers say</source>
        <translation>Что показывают числа</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="260"/>
        <source>verified by a reviewer</source>
        <translation>подтверждено проверяющим</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="267"/>
        <source>Irregularities, in time order</source>
        <translation>Нарушения в хронологическом порядке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="286"/>
        <source>(amended, version {n})</source>
        <translation>(с поправкой, версия {n})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="301"/>
        <source>Names of perpetrators and witnesses are recorded but left out of this report.</source>
        <translation>Имена нарушителей и свидетелей записаны, но в этот отчёт не включены.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="311"/>
        <source>withheld: do not publish</source>
        <translation>скрыто: не публиковать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="319"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="380"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="325"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="336"/>
        <source>do not publish</source>
        <translation>не публиковать</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="358"/>
        <source>Photos {labels}, left to right</source>
        <translation>Фото {labels}, слева направо</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="363"/>
        <source>Files marked do-not-publish are listed by their SHA-256 only, without their name or picture.</source>
        <translation>Файлы с пометкой «не публиковать» указаны только по SHA-256, без имени и изображения.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="373"/>
        <source>Review decisions</source>
        <translation>Решения проверки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="377"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="378"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="379"/>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/document.py" line="240"/>
        <source>{path} is a folder; choose a file name for the report.</source>
        <translation>{path} — это папка; выберите имя файла для отчёта.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/document.py" line="250"/>
        <source>Cannot write the report to {path}: {reason}</source>
        <translation>Не удаётся записать отчёт в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/export.py" line="44"/>
        <source>Cannot tell the format from “{name}”: name the file .pdf, .html, .csv or .xlsx.</source>
        <translation>Не удаётся определить формат по имени «{name}»: дайте файлу расширение .pdf, .html, .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/export.py" line="115"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/fonts.py" line="55"/>
        <source>The report font DejaVu Sans was not found (looked in {folder}); reinstall kzobserver.</source>
        <translation>Шрифт отчёта DejaVu Sans не найден (поиск в {folder}); переустановите kzobserver.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/pdf.py" line="296"/>
        <source>page {page} of {pages}</source>
        <translation>страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/tables.py" line="126"/>
        <source>Table {number}</source>
        <translation>Таблица {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/tables.py" line="193"/>
        <source>The report has no table to export.</source>
        <translation>В отчёте нет таблицы для экспорта.</translation>
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
    <name>Reviews</name>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="60"/>
        <source>There is no station {number} in this logbook.</source>
        <translation>В этом журнале нет участка {number}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="137"/>
        <source>Station {station} ({a} vs {b}, {contest}): {status}, by {reviewer}.</source>
        <translation>Участок {station} ({a} против {b}, {contest}): {status}, проверяющий: {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="149"/>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="152"/>
        <source>Evidence: {ids}</source>
        <translation>Доказательства: {ids}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="156"/>
        <source>Earlier decisions: {earlier}.</source>
        <translation>Прежние решения: {earlier}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="186"/>
        <source>  evidence: {ids}</source>
        <translation>  доказательства: {ids}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="190"/>
        <source>{n} decision(s) in force for {a} vs {b} ({contest}).</source>
        <translation>Действующих решений для {a} против {b} ({contest}): {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="52"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Неизвестный источник «{source}»; используйте {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="57"/>
        <source>A review compares two different sources.</source>
        <translation>Проверка сравнивает два разных источника.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="67"/>
        <source>Who is reviewing? Choose yourself as the current observer (File → Observers…, or kzobserver observers add --current) or give the reviewer&apos;s name.</source>
        <translation>Кто проверяет? Выберите себя текущим наблюдателем (Файл → Наблюдатели… или kzobserver observers add --current) или укажите имя проверяющего.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="87"/>
        <source>There is no evidence with id {ids} in this logbook.</source>
        <translation>В этом журнале нет доказательства с идентификатором {ids}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="125"/>
        <source>“{status}” is not a review decision; use {states}.</source>
        <translation>«{status}» — не решение проверки; используйте {states}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="132"/>
        <source>There is no such contest in this logbook.</source>
        <translation>В этом журнале нет такого голосования.</translation>
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
    <name>SampleDesign</name>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="52"/>
        <source>The election has no stations in this logbook to draw a sample from.</source>
        <translation>В этом журнале нет участков этих выборов, из которых можно составить выборку.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="74"/>
        <location filename="../../kzobserver/storage/sample_design.py" line="185"/>
        <source>This logbook has no election yet.</source>
        <translation>В этом журнале ещё нет выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="77"/>
        <source>Unknown sample design “{kind}”; use {kinds}.</source>
        <translation>Неизвестный план выборки «{kind}»; используйте {kinds}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="108"/>
        <source>The stratum sizes name no region: give at least one.</source>
        <translation>В размерах страт не указан ни один регион: укажите хотя бы один.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="115"/>
        <location filename="../../kzobserver/storage/sample_design.py" line="209"/>
        <source>There is no region “{region}” in this election.</source>
        <translation>В этих выборах нет региона «{region}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="121"/>
        <source>Region “{region}” must have at least 1 station, not {size}.</source>
        <translation>В регионе «{region}» должен быть хотя бы 1 участок, а не {size}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="197"/>
        <source>The file needs two columns: the region and its number of stations.</source>
        <translation>В файле нужны два столбца: регион и число его участков.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="221"/>
        <source>“{value}” is not a number of stations (1 or more).</source>
        <translation>«{value}» — не число участков (1 или больше).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="231"/>
        <source>Region “{region}” is listed twice.</source>
        <translation>Регион «{region}» указан дважды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="243"/>
        <source>The file lists no region.</source>
        <translation>В файле не указан ни один регион.</translation>
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
    <name>StationDetail</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="58"/>
        <source>Choose a station in the table to see its records side by side. Enter opens the station.</source>
        <translation>Выберите участок в таблице, чтобы сравнить его записи. Enter открывает участок.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="74"/>
        <source>&amp;Under review…</source>
        <translation>На про&amp;верку…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="75"/>
        <source>Co&amp;nfirm…</source>
        <translation>&amp;Подтвердить…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="76"/>
        <source>E&amp;xclude…</source>
        <translation>&amp;Исключить…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="77"/>
        <source>Cl&amp;ear…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="98"/>
        <source>Records side by side</source>
        <translation>Записи рядом</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="99"/>
        <source>Review history</source>
        <translation>История проверки</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="129"/>
        <source>Station № {number}</source>
        <translation>Участок № {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="165"/>
        <source>No decision yet.</source>
        <translation>Решений пока нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="166"/>
        <source>Review history ({n})</source>
        <translation>История проверки ({n})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="169"/>
        <source>No decision in force.</source>
        <translation>Действующего решения нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="173"/>
        <source>{decision} by {reviewer} on {when}: {reason}</source>
        <translation>{decision} ({reviewer}, {when}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="211"/>
        <source>{status}: {b} (B) against {a} (A).</source>
        <translation>{status}: {b} (B) против {a} (A).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="216"/>
        <source>Largest difference {diff} on line {line}.</source>
        <translation>Наибольшая разница {diff} — в строке «{line}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="220"/>
        <source>{name} gains {n} in B.</source>
        <translation>{name} выигрывает в B: {n}.</translation>
    </message>
</context>
<context>
    <name>StationImport</name>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="85"/>
        <source>Station number</source>
        <translation>Номер участка</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="86"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="87"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="88"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="89"/>
        <source>Registered voters</source>
        <translation>Зарегистрировано избирателей</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="90"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="91"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="126"/>
        <source>Unknown field “{field}”; the fields are: {fields}.</source>
        <translation>Неизвестное поле «{field}»; есть поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="134"/>
        <source>There is no column “{column}”; the columns are: {found}.</source>
        <translation>Столбца «{column}» нет; есть столбцы: {found}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="172"/>
        <source>Registered voters must be a whole number, not “{value}”.</source>
        <translation>Число избирателей должно быть целым, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="180"/>
        <source>Registered voters cannot be negative ({value}).</source>
        <translation>Число избирателей не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="186"/>
        <source>{value} registered voters is not plausible for one station (at most {limit}).</source>
        <translation>Избирателей: {value} — неправдоподобно для одного участка (не более {limit}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="210"/>
        <source>{field} must be a number of degrees from -{limit} to {limit}, not “{value}”.</source>
        <translation>{field}: нужно число градусов от -{limit} до {limit}, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="232"/>
        <source>This logbook has no election yet, so stations cannot be imported into it. Create the logbook for an election first.</source>
        <translation>В этом журнале ещё нет выборов, поэтому импортировать в него участки нельзя. Сначала создайте журнал для выборов.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="267"/>
        <source>“{value}” is not a station number.</source>
        <translation>«{value}» — не номер участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="269"/>
        <source>The station number is empty.</source>
        <translation>Номер участка не указан.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="276"/>
        <source>Station number {number} is on rows {first} and {row}.</source>
        <translation>Номер участка {number} встречается в строках {first} и {row}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="289"/>
        <source>The district “{district}” needs a region; this row has none.</source>
        <translation>Для района «{district}» нужен регион, а в этой строке его нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="333"/>
        <source>Unknown region “{value}”.</source>
        <translation>Неизвестный регион «{value}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="336"/>
        <source>Unknown region “{value}”. Write a region&apos;s code or its name in Kazakh, Russian or English; the codes are: {codes}.</source>
        <translation>Неизвестный регион «{value}». Укажите код региона или его название на казахском, русском или английском; коды: {codes}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="353"/>
        <source>No column for the {field} was found. The columns in the file are: {found}. Rename the column (for example to “{example}”) or choose it by hand (on the command line: --map {example}=COLUMN).</source>
        <translation>Не найден столбец «{field}». Столбцы в файле: {found}. Переименуйте столбец (например, в «{example}») или выберите его вручную (в командной строке: --map {example}=СТОЛБЕЦ).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="368"/>
        <source>The file has no stations below the header row.</source>
        <translation>В файле нет участков под строкой заголовка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="404"/>
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
    <name>StationReview</name>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="45"/>
        <source>Under review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="46"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="47"/>
        <source>Excluded</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="48"/>
        <source>Cleared</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="66"/>
        <source>{when} · {decision} · {reviewer}</source>
        <translation>{when} · {decision} · {reviewer}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="76"/>
        <source>1 evidence file</source>
        <translation>1 файл-доказательство</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="78"/>
        <source>{n} evidence files</source>
        <translation>Файлов-доказательств: {n}</translation>
    </message>
</context>
<context>
    <name>StationReviewDialog</name>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="105"/>
        <source>Review station № {number}</source>
        <translation>Проверка участка № {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="109"/>
        <source>{b} (B) against {a} (A).</source>
        <translation>{b} (B) против {a} (A).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="117"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="121"/>
        <source>&amp;Under review</source>
        <translation>На про&amp;верке</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="122"/>
        <source>Co&amp;nfirmed</source>
        <translation>&amp;Подтверждено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="123"/>
        <source>E&amp;xcluded</source>
        <translation>&amp;Исключено</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="124"/>
        <source>Cl&amp;eared (withdraw the decision)</source>
        <translation>&amp;Отозвано (решение снимается)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="137"/>
        <source>&amp;Reason</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="142"/>
        <source>E&amp;vidence that confirms the difference</source>
        <translation>&amp;Доказательства, подтверждающие расхождение</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="146"/>
        <source>No evidence files are attached to this station. Attach the photo of the protocol copy on the station&apos;s Evidence tab first.</source>
        <translation>К этому участку не прикреплено ни одного файла-доказательства. Сначала прикрепите фото копии протокола на вкладке «Доказательства» этого участка.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="157"/>
        <source>SHA-256 {hash}</source>
        <translation>SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="167"/>
        <source>No decision yet.</source>
        <translation>Решений пока нет.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="189"/>
        <source>Earlier decisions</source>
        <translation>Прежние решения</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="219"/>
        <source>Required: why is this station left out of the totals?</source>
        <translation>Обязательно: почему этот участок исключается из итогов?</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="221"/>
        <source>What was found, what is being checked</source>
        <translation>Что обнаружено, что проверяется</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="235"/>
        <source>Say why the station is excluded.</source>
        <translation>Укажите, почему участок исключён.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="239"/>
        <source>Tick at least one evidence file that confirms the difference.</source>
        <translation>Отметьте хотя бы один файл-доказательство, подтверждающий расхождение.</translation>
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
