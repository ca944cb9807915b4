<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <source>ProtocolChecks</source>
        <comment>Fails</comment>
        <translation type="vanished">Сәйкес емес</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Verified</comment>
        <translation type="vanished">Расталған</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Cannot check yet</comment>
        <translation type="vanished">Әзірге тексерілмейді</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Holds</comment>
        <translation type="vanished">Сәйкес</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>This protocol has no control relations to check.</comment>
        <translation type="vanished">Бұл хаттамада тексерілетін бақылау арақатынастары жоқ.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Nothing entered yet. The relation is checked as you type.</comment>
        <translation type="vanished">Әзірге ештеңе енгізілмеген. Арақатынас енгізу барысында тексеріледі.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>Nothing entered yet. The {n} relations are checked as you type.</comment>
        <translation type="vanished">Әзірге ештеңе енгізілмеген. {n} арақатынас енгізу барысында тексеріледі.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>The relation holds.</comment>
        <translation type="vanished">Арақатынас сәйкес.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>All {n} relations hold.</comment>
        <translation type="vanished">Барлық {n} арақатынас сәйкес.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>No unexplained failure: {n} verified by a reviewer.</comment>
        <translation type="vanished">Түсіндірілмеген сәйкессіздік жоқ: тексеруші растағаны — {n}.</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>1 relation fails</comment>
        <translation type="vanished">1 арақатынас сәйкес емес</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>{n} relations fail</comment>
        <translation type="vanished">{n} арақатынас сәйкес емес</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>1 cannot be checked yet</comment>
        <translation type="vanished">1 арақатынасты әзірге тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>{n} cannot be checked yet</comment>
        <translation type="vanished">{n} арақатынасты әзірге тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>ProtocolChecks</source>
        <comment>{n} verified</comment>
        <translation type="vanished">{n} расталған</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="21"/>
        <source>Open logbook</source>
        <translation>Ашық журнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="24"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="26"/>
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="27"/>
        <source>Log file</source>
        <translation>Лог файлы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="28"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="30"/>
        <source>Built with</source>
        <translation>Құрамдас бөліктер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="39"/>
        <source>An offline logbook for election observers: what happens at a polling station, the count, and the comparison with the announced results.</source>
        <translation>Сайлаудағы бақылаушыларға арналған офлайн журнал: сайлау учаскесінде не болып жатқаны, дауыстарды санау және жарияланған нәтижелермен салыстыру.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="44"/>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>GNU General Public License 3-нұсқасы немесе (қалауыңыз бойынша) кез келген кейінгі нұсқасы (GPL-3.0-or-later) шарттарымен таратылатын еркін бағдарлама. Ешқандай кепілдік берілмейді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aboutdialog.py" line="58"/>
        <source>About kzobserver</source>
        <translation>kzobserver туралы</translation>
    </message>
</context>
<context>
    <name>Aggregate</name>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="53"/>
        <source>inside</source>
        <translation>аралықта</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="54"/>
        <source>OUTSIDE</source>
        <translation>АРАЛЫҚТАН ТЫС</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="65"/>
        <source>stratified random sample: {strata} regions, {stations} stations</source>
        <translation>стратификацияланған кездейсоқ іріктеме: {strata} өңір, {stations} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="69"/>
        <source>simple random sample from {stations} stations</source>
        <translation>{stations} учаскеден қарапайым кездейсоқ іріктеме</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="72"/>
        <source>(no design recorded: the default)</source>
        <translation>(іріктеме жоспары жазылмаған: әдепкі)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="74"/>
        <source>(sizes: the logbook&apos;s stations)</source>
        <translation>(страта көлемдері — журналдағы учаскелер бойынша)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="106"/>
        <source>“{zone}” is not a time zone: give a name such as Asia/Almaty or an offset such as +06:00.</source>
        <translation>«{zone}» — уақыт белдеуі емес: Asia/Almaty сияқты атауын немесе +06:00 сияқты ығысуын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="144"/>
        <source>Note: {message}</source>
        <translation>Ескерту: {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="149"/>
        <source>{source} records of {contest}: {n} stations; {design}.</source>
        <translation>{contest} бойынша «{source}» жазбалары: {n} учаске; {design}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="156"/>
        <source>Shares (estimate ± 95 % margin; announced):</source>
        <translation>Үлестер (бағалау ± 95 % қателік шегі; жарияланғаны):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="160"/>
        <source>(from the votes)</source>
        <translation>(дауыстар бойынша)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="165"/>
        <source>Turnout (estimate ± 95 % margin; announced):</source>
        <translation>Қатысу (бағалау ± 95 % қателік шегі; жарияланғаны):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="167"/>
        <source>{n} of {total} stations</source>
        <translation>{n} / {total} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="181"/>
        <source>No area has a record from every station.</source>
        <translation>Барлық учаскесі бойынша жазбасы бар аумақ жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="184"/>
        <source>Areas with a record from every station (observed; announced):</source>
        <translation>Барлық учаскесі бойынша жазбасы бар аумақтар (жазбалар бойынша; жарияланғаны):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="189"/>
        <source>{area}: {n} stations</source>
        <translation>{area}: {n} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="198"/>
        <source>({n} records lack it)</source>
        <translation>({n} жазбада жоқ)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="211"/>
        <source>Headcounts (headcount; ballots issued; difference):</source>
        <translation>Келген сайлаушыларды санау (саналғаны; берілген бюллетеньдер; айырма):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="220"/>
        <source>At {time}: {observed} counted at {n} stations; announced {announced}</source>
        <translation>{time} кезінде: {n} учаскеде саналғаны {observed}; жарияланғаны {announced}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="232"/>
        <source>Announced figures against themselves:</source>
        <translation>Жарияланған көрсеткіштердің өзара сәйкестігі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="236"/>
        <source>Shares: {n} published, {bad} not given by any rounding of the votes.</source>
        <translation>Үлестер: {n} жарияланған, оның {bad} үлесі дауыстарды қалай дөңгелектесе де шықпайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="243"/>
        <source>{contestant}: published {published} %, the votes give {computed} %</source>
        <translation>{contestant}: жарияланғаны {published} %, дауыстар бойынша {computed} %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="250"/>
        <source>Totals: {n} areas checked, {bad} problems.</source>
        <translation>Жиынтықтар: {n} аумақ тексерілді, {bad} қате.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="258"/>
        <source>the announced seats match</source>
        <translation>жарияланған мандаттар сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="259"/>
        <source>the announced seats DIFFER</source>
        <translation>жарияланған мандаттар СӘЙКЕС КЕЛМЕЙДІ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="260"/>
        <source>no seats announced</source>
        <translation>мандаттар жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="264"/>
        <source>Seats by largest remainder (Hare quota) and by D&apos;Hondt; {verdict}:</source>
        <translation>Ең үлкен қалдық әдісі (Хэйр квотасы) және Д’Ондт әдісі бойынша мандаттар; {verdict}:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="298"/>
        <source>Give either a design (simple or stratified) or --show.</source>
        <translation>Іріктеме жоспарын (simple немесе stratified) не --show параметрін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/aggregate.py" line="303"/>
        <source>This logbook has no election yet.</source>
        <translation>Бұл журналда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate.py" line="226"/>
        <source>The logbook has no stations in this area.</source>
        <translation>Журналда бұл аумақтағы учаскелер жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate.py" line="241"/>
        <source>No estimate of the shares: {reason}</source>
        <translation>Үлестер бағаланбады: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate.py" line="246"/>
        <source>{n} stations lack a contestant&apos;s votes and are left out of the shares.</source>
        <translation>{n} учаскеде қатысушылардың біреуінің дауыстары жоқ, олар үлестерге қосылмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate.py" line="306"/>
        <source>The protocol has no line of ballots issued.</source>
        <translation>Хаттамада берілген бюллетеньдер жолы жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate_checks.py" line="143"/>
        <source>The votes of every contestant are not all announced nationally, so the shares and the seats cannot be checked.</source>
        <translation>Ел бойынша барлық қатысушының дауыстары жарияланбаған, сондықтан үлестер мен мандаттарды тексеру мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/aggregate_checks.py" line="230"/>
        <source>The contest&apos;s number of seats is not recorded, so the seats cannot be allocated.</source>
        <translation>Бұл сайлау түріндегі мандаттар саны жазылмаған, сондықтан мандаттарды бөлу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>AggregatePanel</name>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="73"/>
        <source>Recalculate</source>
        <translation>Қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="77"/>
        <source>Contest:</source>
        <translation>Сайлау түрі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="79"/>
        <source>Records from:</source>
        <translation>Жазбалардың дереккөзі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="98"/>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="109"/>
        <source>Contestant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="101"/>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="104"/>
        <source>Area</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="104"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="104"/>
        <source>Observed sum</source>
        <translation>Жазбалардағы қосынды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="104"/>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="155"/>
        <source>Announced</source>
        <translation>Жарияланғаны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="105"/>
        <source>Announced − observed</source>
        <translation>Жарияланғаны − жазбалардағысы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="109"/>
        <source>Announced votes</source>
        <translation>Жарияланған дауыстар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="109"/>
        <source>Announced seats</source>
        <translation>Жарияланған мандаттар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="110"/>
        <source>Largest remainder</source>
        <translation>Ең үлкен қалдық</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="110"/>
        <source>D&apos;Hondt</source>
        <translation>Д’Ондт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="122"/>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="124"/>
        <source>Complete coverage</source>
        <translation>Толық қамту</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="128"/>
        <source>Announced figures and seats</source>
        <translation>Жарияланған көрсеткіштер мен мандаттар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="135"/>
        <source>Shares of the votes, %</source>
        <translation>Дауыс үлестері, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="153"/>
        <source>Estimate</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="154"/>
        <source>95 % interval</source>
        <translation>95 % аралық</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="156"/>
        <source>Inside?</source>
        <translation>Аралықта ма?</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="157"/>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="158"/>
        <source>Sample</source>
        <translation>Іріктеме</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="164"/>
        <source>The sample&apos;s estimate, ± its margin of error at 95 %, in percent.</source>
        <translation>Іріктеме бойынша бағалау ± 95 % деңгейдегі қателік шегі, пайызбен.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="165"/>
        <source>The range the whole election&apos;s figure lies in with 95 % confidence.</source>
        <translation>Бүкіл сайлау бойынша көрсеткіш 95 % сенімділікпен жататын аралық.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="166"/>
        <source>The figure the commission announced, in percent.</source>
        <translation>Комиссия жариялаған көрсеткіш, пайызбен.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="167"/>
        <source>Whether the announced figure lies inside the 95 % interval.</source>
        <translation>Жарияланған көрсеткіш 95 % аралықтың ішінде ме.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="169"/>
        <source>How many standard errors the announced figure lies from the estimate; beyond ±2 it is outside the interval.</source>
        <translation>Жарияланған көрсеткіш бағалаудан неше стандартты қатеге алыс; ±2 шегінен асса, ол аралықтан тыс.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="172"/>
        <source>Stations with a record, of the stations in the area.</source>
        <translation>Жазбасы бар учаскелер — аумақтағы барлық учаскенің ішінен.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="253"/>
        <source>Aggregate comparison</source>
        <translation>Жиынтық салыстыру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="254"/>
        <source>Estimating the shares and the turnout…</source>
        <translation>Үлестер мен қатысу бағалануда…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="271"/>
        <source>No logbook is open.</source>
        <translation>Журнал ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="285"/>
        <source>Where the source has a record for every station of an area, its sums are set against the area&apos;s announced totals.</source>
        <translation>Дереккөзде аумақтың барлық учаскесі бойынша жазба болса, олардың қосындылары сол аумақтың жарияланған жиынтықтарымен салыстырылады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="289"/>
        <source>No area has a record for every one of its stations yet.</source>
        <translation>Әзірге барлық учаскесі бойынша жазбасы бар аумақ жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="304"/>
        <source>a random sample drawn separately in each of {n} regions</source>
        <translation>{n} өңірдің әрқайсысында бөлек алынған кездейсоқ іріктеме</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="308"/>
        <source>a simple random sample</source>
        <translation>қарапайым кездейсоқ іріктеме</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="311"/>
        <source>{sampled} of {total} stations have a record from this source, taken as {kind}.</source>
        <translation>{total} учаскенің {sampled} учаскесінде осы дереккөзден жазба бар, олар {kind} ретінде қарастырылады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatepanel.py" line="318"/>
        <source>No sample design is recorded for this election.</source>
        <translation>Бұл сайлау үшін іріктеме жоспары жазылмаған.</translation>
    </message>
</context>
<context>
    <name>AggregateTables</name>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="146"/>
        <source>No estimate: too few sampled stations.</source>
        <translation>Бағалау жоқ: іріктемедегі учаскелер тым аз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="164"/>
        <source>The announced figure is {points} points from the estimate.</source>
        <translation>Жарияланған көрсеткіш бағалаудан {points} пайыздық пунктке өзгеше.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="168"/>
        <source>inside</source>
        <translation>аралықта</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="170"/>
        <source>outside</source>
        <translation>аралықтан тыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="176"/>
        <source>{n} of {total}</source>
        <translation>{total} ішінен {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="181"/>
        <source>{n} sampled stations lack a line and are left out.</source>
        <translation>Іріктемедегі {n} учаскеде бұл жол жоқ, олар есепке алынбады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="192"/>
        <source>Computed from the announced votes: no share was published.</source>
        <translation>Жарияланған дауыстар бойынша есептелді: үлес жарияланбаған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="213"/>
        <source>Announced at {time}.</source>
        <translation>{time} кезінде жарияланған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="234"/>
        <source>No totals are announced for this area.</source>
        <translation>Бұл аумақ бойынша жиынтықтар жарияланбаған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="243"/>
        <source>{n} records lack this line: the sum falls short.</source>
        <translation>{n} жазбада бұл жол жоқ: қосынды толық емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="284"/>
        <source>No announced votes to allocate seats from.</source>
        <translation>Мандаттарды бөлу үшін жарияланған дауыстар жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="289"/>
        <source>Largest remainder: Hare quota {quota} votes; a list needs {threshold} votes to qualify.</source>
        <translation>Ең үлкен қалдық: Хэйр квотасы — {quota} дауыс; бөлуге қатысу үшін тізімге {threshold} дауыс керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="294"/>
        <source>It gives exactly the announced seats.</source>
        <translation>Бұл әдіс жарияланған мандаттарды дәл береді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="298"/>
        <source>It does not give the announced seats (red).</source>
        <translation>Бұл әдіс жарияланған мандаттарды бермейді (қызыл түспен).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="302"/>
        <source>D&apos;Hondt would give other seats (amber where they differ).</source>
        <translation>Д’Ондт әдісі басқа мандаттар берер еді (айырмашылықтар — қызғылт сары түспен).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="318"/>
        <source>Published shares that the published votes do not give: {names}.</source>
        <translation>Жарияланған дауыстардан шықпайтын жарияланған үлестер: {names}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/aggregatetables.py" line="325"/>
        <source>All {n} published shares agree with the published votes.</source>
        <translation>Жарияланған {n} үлестің бәрі жарияланған дауыстарға сәйкес.</translation>
    </message>
</context>
<context>
    <name>AnnouncedDialog</name>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="105"/>
        <source>This logbook has no election yet.</source>
        <translation>Бұл журналда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="108"/>
        <location filename="../../kzobserver/ui/announceddialog.py" line="240"/>
        <location filename="../../kzobserver/ui/announceddialog.py" line="374"/>
        <source>Announced results</source>
        <translation>Жарияланған нәтижелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="133"/>
        <source>&amp;Add figure</source>
        <translation>Көрсеткіш &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="136"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="139"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="150"/>
        <source>Re&amp;vert</source>
        <translation>Қа&amp;йтару</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="155"/>
        <source>&amp;Contest:</source>
        <translation>Сайлау &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="163"/>
        <source>What the election commission announced, for the whole election (National) or per region. Double-click or type in a cell to change it; “As of” is “final” or the time of a turnout release (22:10).</source>
        <translation>Сайлау комиссиясы жариялаған деректер — бүкіл сайлау бойынша («Ел бойынша») немесе өңірлер бойынша. Ұяшықты өзгерту үшін оны екі рет басыңыз немесе теруді бастаңыз; «Уақыты» — «final» немесе қатысу туралы деректер жарияланған уақыт (22:10).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="193"/>
        <source>National</source>
        <translation>Ел бойынша</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="222"/>
        <source>{n} figures announced for this contest.</source>
        <translation>Бұл сайлау түрі бойынша {n} көрсеткіш жарияланған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="236"/>
        <source>Save or revert your changes first.</source>
        <translation>Алдымен өзгерістерді сақтаңыз немесе қайтарыңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="253"/>
        <source>Row {row}: {problem}</source>
        <translation>{row}-жол: {problem}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="283"/>
        <source>Your changes were dropped.</source>
        <translation>Өзгерістеріңіз қайтарылды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="292"/>
        <source>Enter a value.</source>
        <translation>Мәнді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="303"/>
        <source>Nothing was saved</source>
        <translation>Ештеңе сақталмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="308"/>
        <source>Saved: {added} added, {changed} changed, {removed} removed.</source>
        <translation>Сақталды: {added} қосылды, {changed} өзгертілді, {removed} жойылды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="318"/>
        <source>Nothing was saved. Row {row}: {problem}</source>
        <translation>Ештеңе сақталмады. {row}-жол: {problem}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="327"/>
        <source>Import announced results</source>
        <translation>Жарияланған нәтижелерді импорттау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="329"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Кестелер ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="343"/>
        <location filename="../../kzobserver/ui/announceddialog.py" line="346"/>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="352"/>
        <source>Imported {figures} figures from {file}: {national} national, {areas} areas.</source>
        <translation>{file} файлынан {figures} көрсеткіш импортталды (ел бойынша: {national}, аумақтар бойынша: {areas}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/announceddialog.py" line="375"/>
        <source>Save your changes to the announced figures?</source>
        <translation>Жарияланған көрсеткіштердегі өзгерістерді сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>AnnouncedFigures</name>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="48"/>
        <source>Turnout, %</source>
        <translation>Қатысу, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="50"/>
        <source>Votes: {name}</source>
        <translation>Дауыстар: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="52"/>
        <source>Share, %: {name}</source>
        <translation>Үлес, %: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="54"/>
        <source>Seats: {name}</source>
        <translation>Мандаттар: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="114"/>
        <source>Nothing was saved. Row {row}: {message}</source>
        <translation>Ештеңе сақталмады. {row}-жол: {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="123"/>
        <source>Enter a value.</source>
        <translation>Мәнді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="125"/>
        <source>A figure cannot be negative.</source>
        <translation>Көрсеткіш теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="128"/>
        <source>A percentage cannot be over 100.</source>
        <translation>Пайыз 100-ден көп бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="130"/>
        <source>A count must be a whole number.</source>
        <translation>Сан бүтін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="156"/>
        <source>Unknown area “{area}”.</source>
        <translation>Белгісіз аумақ «{area}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="159"/>
        <source>Unknown line “{line}”.</source>
        <translation>Белгісіз жол «{line}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="164"/>
        <source>“{text}” is neither “final” nor a time such as 22:10.</source>
        <translation>«{text}» — «final» да, 22:10 сияқты уақыт та емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="170"/>
        <source>Row {row} already gives this figure for the same area, time and source.</source>
        <translation>{row}-жолда осы аумақ, уақыт және дереккөз үшін бұл көрсеткіш бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced.py" line="197"/>
        <source>Every figure must belong to the contest “{code}”.</source>
        <translation>Барлық көрсеткіш «{code}» сайлау түріне жатуы керек.</translation>
    </message>
</context>
<context>
    <name>AnnouncedModel</name>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="197"/>
        <source>Choose a line.</source>
        <translation>Жолды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="205"/>
        <source>Row {row} already gives this figure for the same area, time and source.</source>
        <translation>{row}-жолда осы аумақ, уақыт және дереккөз үшін бұл көрсеткіш бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="300"/>
        <source>Area</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="301"/>
        <source>Line or contestant</source>
        <translation>Жол немесе қатысушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="302"/>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="303"/>
        <source>As of</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="304"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="317"/>
        <source>Choose an area from the list.</source>
        <translation>Тізімнен аумақты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="323"/>
        <source>Choose a line from the list.</source>
        <translation>Тізімнен жолды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="330"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» — сан емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="335"/>
        <source>Enter a value.</source>
        <translation>Мәнді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="344"/>
        <source>Write “final” or a time of day such as 22:10.</source>
        <translation>«final» немесе тәулік уақытын жазыңыз, мысалы, 22:10.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kzobserver/ui/app.py" line="114"/>
        <source>Cannot open the logbook</source>
        <translation>Журналды ашу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/app.py" line="116"/>
        <source>Use File → New logbook… or File → Open… to continue.</source>
        <translation>Жалғастыру үшін Файл → Жаңа журнал… немесе Файл → Ашу… тармағын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="215"/>
        <source>{entries} entries from {devices} device(s) checked: {verdict}</source>
        <translation>{devices} құрылғыдан {entries} жазба тексерілді: {verdict}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="220"/>
        <source>the log is intact.</source>
        <translation>журнал бүтін.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="222"/>
        <source>{n} problem(s) found.</source>
        <translation>{n} қате табылды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="227"/>
        <source>  device {device}: latest hash {hash}</source>
        <translation>  {device} құрылғысы: соңғы хэш {hash}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="271"/>
        <source>(unsigned)</source>
        <translation>(есім қойылмаған)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="279"/>
        <source>reason: {reason}</source>
        <translation>себебі: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="283"/>
        <source>Showing the latest {shown} of {total} entries; --limit 0 shows all.</source>
        <translation>{total} жазбаның соңғы {shown} жазбасы көрсетілді; --limit 0 барлығын көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="262"/>
        <source>Entry {seq} (device {device}): {message}</source>
        <translation>{seq}-жазба ({device} құрылғысы): {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="309"/>
        <source>its hash does not match its content: the entry was changed after it was written.</source>
        <translation>оның хэші мазмұнына сәйкес емес: жазба жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="320"/>
        <source>an entry is missing before it: it follows an entry (hash {hash}) that is no longer in the log, deleted or rewritten.</source>
        <translation>алдында жазба жетіспейді: ол журналда енді жоқ жазбадан (хэш {hash}) кейін тұр — ол жойылған немесе қайта жазылған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="327"/>
        <source>the chain is broken: its prev_hash is not the hash of this device&apos;s previous entry (entry order changed, or two entries claim the same place).</source>
        <translation>тізбек үзілген: оның prev_hash мәні осы құрылғының алдыңғы жазбасының хэші емес (жазбалардың реті өзгерген немесе екі жазба бір орынға таласады).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="356"/>
        <source>Entry {seq} is missing from the log.</source>
        <translation>{seq}-жазба журналда жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/audit.py" line="358"/>
        <source>Entries {first} to {last} are missing from the log.</source>
        <translation>{first}-жазбадан {last}-жазбаға дейін журналда жоқ.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="45"/>
        <source>This logbook has no election yet.</source>
        <translation>Бұл журналда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="49"/>
        <source>There is no station {number} in this logbook.</source>
        <translation>Бұл журналда № {number} учаске жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="131"/>
        <source>{count} report(s)</source>
        <translation>{count} хабарлама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="153"/>
        <source>station {number}</source>
        <translation>№ {number} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="157"/>
        <source>submitted</source>
        <translation>жіберілген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="157"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="158"/>
        <source>version {version}</source>
        <translation>нұсқа {version}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="160"/>
        <source>superseded</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="171"/>
        <source>complaint filed: {reference}</source>
        <translation>шағым берілді: {reference}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="177"/>
        <source>perpetrator</source>
        <translation>бұзушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="178"/>
        <source>witnesses</source>
        <translation>куәгерлер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="209"/>
        <source>{count} entries</source>
        <translation>{count} жазба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="259"/>
        <source>Added observer {name} ({id})</source>
        <translation>Бақылаушы қосылды: {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="263"/>
        <source>current on this computer</source>
        <translation>осы компьютердегі ағымдағы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/logbook.py" line="286"/>
        <source>{count} observer(s)</source>
        <translation>{count} бақылаушы</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="43"/>
        <source>Save chart…</source>
        <translation>Диаграмманы сақтау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="67"/>
        <source>Right-click to save the chart as an image.</source>
        <translation>Диаграмманы сурет ретінде сақтау үшін тінтуірдің оң жақ батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="107"/>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="107"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG сызбасы (*.svg)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="110"/>
        <source>Save chart</source>
        <translation>Диаграмманы сақтау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="125"/>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="141"/>
        <source>Chart not saved</source>
        <translation>Диаграмма сақталмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="125"/>
        <source>The chart could not be drawn.</source>
        <translation>Диаграмманы салу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartcanvas.py" line="142"/>
        <source>{path} could not be written: {error}</source>
        <translation>{path} жазылмады: {error}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="207"/>
        <source>Sample estimate and announced share per contestant</source>
        <translation>Әр қатысушы бойынша іріктеме бағалауы және жарияланған үлес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="209"/>
        <source>Share of the votes, %</source>
        <translation>Дауыс үлесі, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="211"/>
        <source>No contestants to show.</source>
        <translation>Көрсететін қатысушылар жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="243"/>
        <source>Sample estimate with its 95 % interval</source>
        <translation>Іріктеме бағалауы және оның 95 % аралығы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="247"/>
        <source>Announced, inside the interval</source>
        <translation>Жарияланғаны, аралық ішінде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="250"/>
        <source>Announced, outside the interval</source>
        <translation>Жарияланғаны, аралықтан тыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="288"/>
        <source>Largest difference per station: {n} stations differ</source>
        <translation>Әр учаскедегі ең үлкен айырма: {n} учаскеде айырма бар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="295"/>
        <source>Largest difference on any line (votes or ballots)</source>
        <translation>Кез келген жолдағы ең үлкен айырма (дауыстар немесе бюллетеньдер)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="296"/>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="301"/>
        <source>No station differs.</source>
        <translation>Бірде-бір учаскеде айырма жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="304"/>
        <source>Who gained: net votes per contestant, {b} − {a}</source>
        <translation>Кім ұтты: қатысушылар бойынша дауыстардың таза ығысуы, {b} − {a}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="311"/>
        <source>Votes gained (+) or lost (−) at the {n} mismatching stations</source>
        <translation>Сәйкес келмейтін {n} учаскеде қосылған (+) немесе жоғалған (−) дауыстар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="318"/>
        <source>No station differs beyond the tolerance.</source>
        <translation>Бірде-бір учаскеде айырма рұқсат етілген ауытқудан аспайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="336"/>
        <source>Stations (logarithmic scale)</source>
        <translation>Учаскелер (логарифмдік шкала)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="386"/>
        <source>Turnout through the day</source>
        <translation>Күн бойғы қатысу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="390"/>
        <source>Time of day (the commission&apos;s local time)</source>
        <translation>Тәулік уақыты (комиссияның жергілікті уақыты)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="391"/>
        <source>Turnout, % of voters on the list</source>
        <translation>Қатысу, тізімдегі сайлаушылардың %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="399"/>
        <source>No headcounts or announced turnout to show.</source>
        <translation>Көрсететін санаулар да, жарияланған қатысу да жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="413"/>
        <source>Announced by the commission</source>
        <translation>Комиссия жариялаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="426"/>
        <source>Observers&apos; headcounts ({n} stations)</source>
        <translation>Бақылаушылардың санаулары ({n} учаске)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="430"/>
        <source>Observers&apos; headcounts</source>
        <translation>Бақылаушылардың санаулары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="473"/>
        <source>Irregularity reports by category: {n} reports</source>
        <translation>Санаттар бойынша бұзушылықтар туралы хабарламалар: барлығы {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="478"/>
        <source>Reports</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/charts.py" line="480"/>
        <source>No irregularity reports.</source>
        <translation>Бұзушылықтар туралы хабарламалар жоқ.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="121"/>
        <source>Recalculate</source>
        <translation>Қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="125"/>
        <source>Compare</source>
        <translation>Салыстыру:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="127"/>
        <source>with</source>
        <translation>және</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="200"/>
        <source>Choose two different sources to compare.</source>
        <translation>Салыстыру үшін екі түрлі дереккөзді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="207"/>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/chartspanel.py" line="208"/>
        <source>Comparing the stations and counting the reports…</source>
        <translation>Учаскелер салыстырылып, хабарламалар саналуда…</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../kzobserver/ui/checklistfields.py" line="198"/>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistpage.py" line="40"/>
        <source>answered {answered} of {total}</source>
        <translation>жауап берілді: {answered} / {total}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistpage.py" line="44"/>
        <source>⚑ red flags: {n}</source>
        <translation>⚑ қауіпті белгілер: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistpage.py" line="150"/>
        <source>Keys: {yes_no} · Enter: next question · Backspace: clear · Ctrl+1…5: stage</source>
        <translation>Пернелер: {yes_no} · Enter: келесі сұрақ · Backspace: тазарту · Ctrl+1…5: кезең</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistpage.py" line="241"/>
        <source>Not saved: {error}</source>
        <translation>Сақталмады: {error}</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="169"/>
        <source>The answer must be text.</source>
        <translation>Жауап мәтін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="174"/>
        <source>The answer is too long ({length} characters; at most {maximum}).</source>
        <translation>Жауап тым ұзын ({length} таңба; ең көбі {maximum}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="188"/>
        <source>“{raw}” is not an answer here: answer yes, no or n/a.</source>
        <translation>«{raw}» мұнда жауап бола алмайды: «иә», «жоқ» немесе «қатысы жоқ» деп жауап беріңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="208"/>
        <source>“{raw}” is not a whole number.</source>
        <translation>«{raw}» — бүтін сан емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="213"/>
        <source>The number cannot be less than {minimum}.</source>
        <translation>Сан {minimum} мәнінен кем бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="220"/>
        <source>{value} is more than this question allows ({maximum}).</source>
        <translation>{value} — бұл сұрақ рұқсат ететіннен көп ({maximum}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="236"/>
        <source>“{raw}” is not a time of day: type it as HH:MM, for example 07:30.</source>
        <translation>«{raw}» — тәулік уақыты емес: оны СС:ММ түрінде теріңіз, мысалы 07:30.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/checklists.py" line="251"/>
        <source>“{raw}” is not one of the options: {options}.</source>
        <translation>«{raw}» нұсқалардың бірі емес: {options}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/checklist_answers.py" line="57"/>
        <source>Unknown checklist question: {detail}</source>
        <translation>Тексеру парағының белгісіз сұрағы: {detail}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/checklist_answers.py" line="135"/>
        <source>This checklist answer no longer exists.</source>
        <translation>Тексеру парағының бұл жауабы енді жоқ.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="101"/>
        <source>Which column holds what</source>
        <translation>Қай бағанда не бар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="111"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="111"/>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="115"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="115"/>
        <source>Import as</source>
        <translation>Не ретінде импорттау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="164"/>
        <source>(not imported)</source>
        <translation>(импортталмайды)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="201"/>
        <source>Recognised by its name: choose another column if this one is wrong.</source>
        <translation>Атауы бойынша танылды: бұл баған қате болса, басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="215"/>
        <source>Columns not imported ({n}): choose what one holds to import it.</source>
        <translation>Импортталмайтын бағандар ({n}): бағанды импорттау үшін онда не барын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="219"/>
        <source>Every column is imported.</source>
        <translation>Барлық бағандар импортталады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="239"/>
        <source>(ignored)</source>
        <translation>(ескерілмейді)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="256"/>
        <source>Choose the column that holds the station number.</source>
        <translation>Учаске нөмірі бар бағанды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmapping.py" line="259"/>
        <source>Choose the column of at least one protocol line, candidate or party.</source>
        <translation>Кемінде бір хаттама жолының, кандидаттың немесе партияның бағанын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="101"/>
        <source>“{status}” is not a review decision.</source>
        <translation>«{status}» — тексеру шешімі емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="106"/>
        <source>Excluding a station needs a reason.</source>
        <translation>Учаскені алып тастау үшін себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="108"/>
        <source>Confirming a difference needs evidence.</source>
        <translation>Айырмашылықты растау үшін дәлел керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="196"/>
        <source>A tolerance must be a number of at least 0.</source>
        <translation>Рұқсат етілген ауытқу 0-ден кем емес сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="199"/>
        <source>A line is listed twice.</source>
        <translation>Жол екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/comparison.py" line="327"/>
        <source>Net shift can be grouped by region or not at all, not “{by}”.</source>
        <translation>Таза ығысуды тек өңірлер бойынша топтауға немесе мүлде топтамауға болады, «{by}» бойынша емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="76"/>
        <source>A sample design needs at least one stratum.</source>
        <translation>Іріктеме жоспарында кемінде бір страта болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="80"/>
        <source>Stratum “{stratum}” must have at least 1 station, not {size}.</source>
        <translation>«{stratum}» стратасында {size} емес, кемінде 1 учаске болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="148"/>
        <source>The sampled stations add up to 0 in the denominator (no voters or no valid votes), so no ratio can be estimated.</source>
        <translation>Іріктемедегі учаскелер бойынша бөлімнің қосындысы 0 (сайлаушылар немесе жарамды дауыстар жоқ), сондықтан үлесті бағалау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="193"/>
        <source>A sampled station is in “{stratum}”, which the design lacks.</source>
        <translation>Іріктемедегі учаске «{stratum}» стратасында, бірақ жоспарда мұндай страта жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="202"/>
        <source>Stratum “{stratum}”</source>
        <translation>«{stratum}» стратасы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="204"/>
        <source>The sample</source>
        <translation>Іріктеме</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="208"/>
        <source>{stratum} has {n} sampled stations: at least 2 are needed to estimate a margin of error.</source>
        <translation>{stratum}: іріктемеде {n} учаске бар, ал қателік шегін бағалау үшін кемінде 2 учаске керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/estimates.py" line="216"/>
        <source>{stratum} has {n} sampled stations but only {size} in all.</source>
        <translation>{stratum}: іріктемеде {n} учаске бар, бірақ барлығы тек {size} учаске.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="56"/>
        <source>There must be at least 1 seat to allocate.</source>
        <translation>Бөлуге кемінде 1 мандат болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="59"/>
        <source>A threshold must be at least 0 % and below 100 %.</source>
        <translation>Өту шегі кемінде 0 % және 100 %-дан төмен болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="63"/>
        <source>The votes for “{name}” must be a whole number ≥ 0.</source>
        <translation>«{name}» үшін дауыстар саны ≥ 0 бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="70"/>
        <source>No list reaches the threshold of {threshold} %.</source>
        <translation>Бірде-бір тізім {threshold} % өту шегінен аспады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="178"/>
        <source>The share base is 0: there are no votes.</source>
        <translation>Үлес есептелетін негіз 0: дауыстар жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="183"/>
        <source>A share is published for “{name}”, which has no votes.</source>
        <translation>«{name}» үшін үлес жарияланған, бірақ дауыстары жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="233"/>
        <source>The votes add up to {counted}, not the published {sum}.</source>
        <translation>Дауыстардың қосындысы — {counted}, жарияланған {sum} емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="237"/>
        <source>{counted} votes but only {issued} ballots issued.</source>
        <translation>{counted} дауыс бар, бірақ тек {issued} бюллетень берілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="243"/>
        <source>{issued} ballots issued to {voters} voters.</source>
        <translation>Тізімдегі {voters} сайлаушыға {issued} бюллетень берілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="249"/>
        <source>There are no voters on the list to divide by.</source>
        <translation>Тізімде сайлаушылар жоқ: бөлетін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/seats.py" line="253"/>
        <source>The published turnout of {published} % is not {issued} of {voters} ({computed} %).</source>
        <translation>Жарияланған қатысу ({published} %) {voters} сайлаушыдан {issued} дегенге сәйкес емес ({computed} %).</translation>
    </message>
</context>
<context>
    <name>ComparisonBar</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="72"/>
        <source>Observer&apos;s tally</source>
        <translation>Бақылаушының есебі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="73"/>
        <source>Commission&apos;s copy</source>
        <translation>Хаттама көшірмесі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="74"/>
        <source>Official figures</source>
        <translation>Ресми деректер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="110"/>
        <source> votes</source>
        <translation> дауыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="111"/>
        <source>Differences up to this many votes are tolerated</source>
        <translation>Осы дауыс санынан аспайтын айырмаларға рұқсат етіледі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="119"/>
        <source>Differences up to this share of the larger figure are tolerated</source>
        <translation>Екі санның үлкенінен осы үлестен аспайтын айырмаларға рұқсат етіледі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="123"/>
        <source>C&amp;ontest</source>
        <translation>Сайлау тү&amp;рі</translation>
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
        <translation>Рұқсат етілген ау&amp;ытқу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="134"/>
        <source>or</source>
        <translation>немесе</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="170"/>
        <source>Not entered in this record</source>
        <translation>Бұл жазбада енгізілмеген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="172"/>
        <source>{value} here, {ref_value} in {ref}: a difference of {diff}</source>
        <translation>Мұнда {value}, «{ref}» жазбасында {ref_value}: айырма {diff}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="179"/>
        <source>The other records are compared with this value</source>
        <translation>Басқа жазбалар осы мәнмен салыстырылады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="206"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="208"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="211"/>
        <source>Difference
{second} − {first}</source>
        <translation>Айырма
{second} − {first}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="219"/>
        <source>{title}, last changed {when}</source>
        <translation>{title}, соңғы өзгеріс: {when}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="52"/>
        <source>a relation fails</source>
        <translation>арақатынас сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="55"/>
        <source>all relations hold</source>
        <translation>барлық арақатынас сәйкес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="53"/>
        <source>failures verified</source>
        <translation>сәйкессіздіктер расталған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="54"/>
        <source>incomplete</source>
        <translation>толық толтырылмаған</translation>
    </message>
</context>
<context>
    <name>DiscrepancyModel</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="76"/>
        <source>Mismatch</source>
        <translation>Сәйкессіздік</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="77"/>
        <source>Missing in A</source>
        <translation>A-да деректер жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="78"/>
        <source>Missing in B</source>
        <translation>B-де деректер жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="79"/>
        <source>Under review</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="80"/>
        <source>Confirmed</source>
        <translation>Расталған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="81"/>
        <source>Excluded</source>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="82"/>
        <source>Within tolerance</source>
        <translation>Рұқсат етілген ауытқу шегінде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="83"/>
        <source>Match</source>
        <translation>Сәйкес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="84"/>
        <source>Nothing to compare</source>
        <translation>Салыстыратын ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="409"/>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="410"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="411"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="412"/>
        <source>Largest
difference</source>
        <translation>Ең үлкен
айырма</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="413"/>
        <source>On line</source>
        <translation>Жолы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="414"/>
        <source>Gained</source>
        <translation>Ұтқаны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="415"/>
        <source>Lost</source>
        <translation>Ұтылғаны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="416"/>
        <source>Net
votes</source>
        <translation>Таза
ығысу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="417"/>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="421"/>
        <source>The largest difference on any line, B − A</source>
        <translation>Барлық жолдар ішіндегі ең үлкен айырма, B − A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="422"/>
        <source>The line with the largest difference</source>
        <translation>Айырмасы ең үлкен жол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="423"/>
        <source>The contestant B gives the most votes more than A</source>
        <translation>B-де A-ға қарағанда дауысы ең көп артқан қатысушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="424"/>
        <source>The contestant B gives the most votes fewer than A</source>
        <translation>B-де A-ға қарағанда дауысы ең көп кеміген қатысушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="425"/>
        <source>All contestants&apos; votes in B minus in A</source>
        <translation>Барлық қатысушылардың B-дегі дауыстары минус A-дағы дауыстары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="426"/>
        <source>The reviewer&apos;s reason</source>
        <translation>Тексерушінің көрсеткен себебі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="491"/>
        <source>A: {a}, B: {b}</source>
        <translation>A: {a}, B: {b}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="495"/>
        <source>{added} votes more and {removed} fewer in B than in A</source>
        <translation>B-де A-ға қарағанда {added} дауыс артық және {removed} дауыс кем</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="507"/>
        <source>Lines empty in {a}</source>
        <translation>«{a}» ішінде бос жолдар бар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="508"/>
        <source>Lines empty in {b}</source>
        <translation>«{b}» ішінде бос жолдар бар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="509"/>
        <source>{b} differs from {a}</source>
        <translation>«{b}» деректері «{a}» деректерінен өзгеше</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="510"/>
        <source>Differences within the tolerance</source>
        <translation>Айырмалар рұқсат етілген ауытқу шегінде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="511"/>
        <source>{a} and {b} agree</source>
        <translation>«{a}» және «{b}» сәйкес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="512"/>
        <source>No line has a value on both sides</source>
        <translation>Бірде-бір жолда екі жақта да мән жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancymodel.py" line="515"/>
        <source>The figures alone: {status}</source>
        <translation>Тек сандар бойынша: {status}</translation>
    </message>
</context>
<context>
    <name>DiscrepancyPage</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="134"/>
        <source>Co&amp;mpare again</source>
        <translation>Қайта &amp;салыстыру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="136"/>
        <source>Read the records again (F5)</source>
        <translation>Жазбаларды қайта оқу (F5)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="175"/>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="200"/>
        <source>Stations compared</source>
        <translation>Салыстырылған учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="261"/>
        <source>Choose two different sources to compare.</source>
        <translation>Салыстыру үшін екі түрлі дереккөзді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="269"/>
        <source>Comparing</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="270"/>
        <source>Comparing the two sources station by station…</source>
        <translation>Екі дереккөз учаскелер бойынша салыстырылуда…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="275"/>
        <source>Cannot compare</source>
        <translation>Салыстыру мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="330"/>
        <source>No logbook open.</source>
        <translation>Журнал ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="333"/>
        <source>The comparison has not been read yet (F5).</source>
        <translation>Салыстыру әлі жүктелмеген (F5).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="335"/>
        <source>Neither source has records for this contest yet.</source>
        <translation>Екі дереккөзде де бұл сайлау түрі бойынша әлі жазба жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/discrepancypage.py" line="338"/>
        <source>{shown} of {total} stations shown</source>
        <translation>
            <numerusform>Көрсетілген учаскелер: {shown} / {total}</numerusform>
            <numerusform>Көрсетілген учаскелер: {shown} / {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/discrepancypage.py" line="341"/>
        <source>{n} mismatches</source>
        <translation>
            <numerusform>{n} сәйкессіздік</numerusform>
            <numerusform>{n} сәйкессіздік</numerusform>
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
        <translation>таза ығысу: {shift}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancypage.py" line="358"/>
        <source>no contestant&apos;s votes shifted</source>
        <translation>қатысушылардың дауыстары ығыспады</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="22"/>
        <source>New logbook…</source>
        <translation>Жаңа журнал…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="23"/>
        <source>Open logbook…</source>
        <translation>Журналды ашу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="48"/>
        <source>This logbook has no election yet</source>
        <translation>Бұл журналда әлі сайлау жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="49"/>
        <source>Create a new logbook for an election, or open another one.</source>
        <translation>Сайлауға арналған жаңа журнал жасаңыз немесе басқасын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="51"/>
        <source>No logbook is open</source>
        <translation>Журнал ашылмаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/emptypage.py" line="54"/>
        <source>A logbook is one file that holds everything you record. Create a new one, or open the file your coordinator gave you.</source>
        <translation>Журнал — сіз жазғанның бәрі сақталатын бір файл. Жаңасын жасаңыз немесе үйлестірушіңіз берген файлды ашыңыз.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../kzobserver/ui/errors.py" line="33"/>
        <source>kzobserver — unexpected error</source>
        <translation>kzobserver — күтпеген қате</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/errors.py" line="36"/>
        <source>Something went wrong: {error}</source>
        <translation>Бірдеңе дұрыс болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/errors.py" line="41"/>
        <source>What was already saved in the logbook is safe. You can keep working; if this happens again, send the log file to your coordinator:
{log}</source>
        <translation>Журналда сақталып қойған деректер аман. Жұмысты жалғастыра беруге болады; бұл қайталанса, үйлестірушіге лог файлын жіберіңіз:
{log}</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="31"/>
        <source>This logbook has no election yet.</source>
        <translation>Бұл журналда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="35"/>
        <source>There is no station {number} in this logbook.</source>
        <translation>Бұл журналда № {number} учаске жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="44"/>
        <source> [do not publish]</source>
        <translation> [жарияламау]</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="45"/>
        <source>{id}  station {station}  {size} bytes  {media_type}  {name}{flag}</source>
        <translation>{id}  учаске {station}  {size} байт  {media_type}  {name}{flag}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="77"/>
        <source>Give --station or --incident (or both).</source>
        <translation>--station немесе --incident параметрін (немесе екеуін де) көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="93"/>
        <source>{name} is already attached there as evidence {id}.</source>
        <translation>{name} мұнда {id} дәлелі ретінде тіркеліп қойған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="99"/>
        <source>Added {name} as evidence {id}.</source>
        <translation>{name} {id} дәлелі ретінде қосылды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="103"/>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="104"/>
        <source>Size: {size} bytes</source>
        <translation>Өлшемі: {size} байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="121"/>
        <source>{n} evidence files</source>
        <translation>{n} дәлел файлы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="142"/>
        <source>{n} evidence files verified</source>
        <translation>{n} дәлел файлы тексерілді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="147"/>
        <source>{bad} of {n} evidence files are changed or missing</source>
        <translation>{n} дәлел файлының {bad} өзгерген немесе жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/evidence.py" line="163"/>
        <source>Saved to {path} (SHA-256 checked).</source>
        <translation>Сақталған орны: {path} (SHA-256 тексерілді).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_records.py" line="84"/>
        <source>station {number}</source>
        <translation>№ {number} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_records.py" line="86"/>
        <source>no station</source>
        <translation>учаскесіз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="111"/>
        <source>Evidence must be attached to a station, an incident report, a checklist answer or a protocol record.</source>
        <translation>Дәлел учаскеге, бұзушылық туралы хабарламаға, тексеру парағының жауабына немесе хаттама жазбасына тіркелуі керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="144"/>
        <location filename="../../kzobserver/storage/evidence.py" line="166"/>
        <source>{path} is empty: there is nothing to attach.</source>
        <translation>{path} бос: тіркейтін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="242"/>
        <source>There is not enough disk space to add {path} to the logbook; nothing was added.</source>
        <translation>{path} файлын журналға қосуға дискіде орын жеткіліксіз; ештеңе қосылмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="256"/>
        <source>There is no station with id {id} in this logbook.</source>
        <translation>Бұл журналда {id} идентификаторы бар учаске жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="257"/>
        <source>There is no incident report with id {id} in this logbook.</source>
        <translation>Бұл журналда {id} идентификаторы бар бұзушылық туралы хабарлама жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="260"/>
        <source>There is no checklist answer with id {id} in this logbook.</source>
        <translation>Бұл журналда {id} идентификаторы бар тексеру парағының жауабы жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="263"/>
        <source>There is no protocol record with id {id} in this logbook.</source>
        <translation>Бұл журналда {id} идентификаторы бар хаттама жазбасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence.py" line="291"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} оқылмады: {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time.</source>
        <translation type="vanished">«{value}» — күн мен уақыт емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_records.py" line="150"/>
        <source>There is no evidence with id {id} in this logbook.</source>
        <translation>Бұл журналда {id} идентификаторы бар дәлел жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="59"/>
        <source>The stored copy of {name} is incomplete (evidence {id}); check the logbook&apos;s evidence.</source>
        <translation>{name} файлының сақталған көшірмесі толық емес ({id} дәлелі); журналдағы дәлелдерді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="202"/>
        <source>The stored copy of {name} has changed since it was added (its SHA-256 no longer matches); it was not saved.</source>
        <translation>{name} файлының сақталған көшірмесі қосылғаннан кейін өзгерген (SHA-256 енді сәйкес емес); ол сақталмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="221"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} жазылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="285"/>
        <source>the content is missing (no stored data at all)</source>
        <translation>мазмұны жоқ (сақталған деректер мүлде жоқ)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="290"/>
        <source>content is missing: chunk(s) {parts} of {count} are gone</source>
        <translation>мазмұны толық емес: {count} бөліктің {parts} бөлігі жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="294"/>
        <source>content is missing: {stored} of {size} bytes are stored</source>
        <translation>мазмұны толық емес: {size} байттың тек {stored} байты сақталған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/evidence_output.py" line="298"/>
        <source>the content has changed: SHA-256 is {digest}, {sha256} was recorded</source>
        <translation>мазмұны өзгерген: SHA-256 қазір {digest}, ал {sha256} жазылған</translation>
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
        <translation>Неге тіркелген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="131"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="132"/>
        <source>Do not publish</source>
        <translation>Жарияламау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="167"/>
        <source>taken {when}</source>
        <translation>түсірілген уақыты: {when}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="179"/>
        <source>Checked: reports and exports leave this file out (e.g. it shows people who did not agree to be published).</source>
        <translation>Белгіленсе, есептер мен экспорт бұл файлды қамтымайды (мысалы, онда жариялауға келісім бермеген адамдар көрінеді).</translation>
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
        <translation>Бұзушылық туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="233"/>
        <source>Checklist answer</source>
        <translation>Бақылау парағындағы жауап</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="235"/>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencemodel.py" line="237"/>
        <source>Station {number}</source>
        <translation>№ {number} учаске</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="117"/>
        <source>Drop photos, videos or scans here, or press Attach files…</source>
        <translation>Фото, бейне немесе сканерленген құжаттарды осында сүйреп әкеліңіз не «Файлдарды тіркеу…» түймесін басыңыз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="136"/>
        <source>&amp;Attach files…</source>
        <translation>Файлдарды &amp;тіркеу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="139"/>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="255"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="141"/>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="256"/>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="145"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 көшіру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="236"/>
        <source>SHA-256 of {name}:
{sha256}</source>
        <translation>{name} файлының SHA-256:
{sha256}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="265"/>
        <source>Not changed</source>
        <translation>Өзгертілмеді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="276"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="279"/>
        <source>Photos, videos, audio and scans (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff *.mp4 *.mov *.3gp *.avi *.mkv *.webm *.m4a *.mp3 *.ogg *.wav *.pdf);;All files (*)</source>
        <translation>Фото, бейне, аудио және сканерленген құжаттар (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff *.mp4 *.mov *.3gp *.avi *.mkv *.webm *.m4a *.mp3 *.ogg *.wav *.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="300"/>
        <source>Copying {name} into the logbook…</source>
        <translation>{name} журналға көшірілуде…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="302"/>
        <source>Copying {count} files into the logbook…</source>
        <translation>{count} файл журналға көшірілуде…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="309"/>
        <source>Attaching files</source>
        <translation>Файлдар тіркелуде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="313"/>
        <source>Nothing was attached</source>
        <translation>Ештеңе тіркелмеді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="328"/>
        <source>Already attached: {names}.</source>
        <translation>Бұрын тіркелген: {names}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="331"/>
        <source>Cancelled: {name} was not attached.</source>
        <translation>Тоқтатылды: {name} тіркелмеді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="338"/>
        <source>Not attached</source>
        <translation>Тіркелмеді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="339"/>
        <source>These files could not be attached; nothing of them was stored.</source>
        <translation>Бұл файлдарды тіркеу мүмкін болмады; олардан ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="374"/>
        <source>Save a copy as</source>
        <translation>Көшірмені басқаша сақтау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="380"/>
        <source>Saved a copy to {path}.</source>
        <translation>Көшірме сақталды: {path}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="90"/>
        <source>Copying a file</source>
        <translation>Файлды көшіру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="91"/>
        <source>Copying {name}…</source>
        <translation>{name} көшірілуде…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="406"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Тоқтатылды: ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencepanel.py" line="408"/>
        <source>Not copied</source>
        <translation>Көшірілмеді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="135"/>
        <source>Verify evidence</source>
        <translation>Дәлелдерді тексеру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="141"/>
        <source>This logbook holds no evidence files.</source>
        <translation>Бұл журналда дәлел файлдары жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="154"/>
        <source>Checking the SHA-256 of {count} files…</source>
        <translation>{count} файлдың SHA-256 мәні тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="164"/>
        <source>{count} files verified, all intact.</source>
        <translation>{count} файл тексерілді, бәрі бүтін.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/evidencetasks.py" line="169"/>
        <source>{bad} of {count} evidence files are damaged or were changed after they were added. Keep this logbook as it is and tell your coordinator; the files below are named with their station and what is wrong:</source>
        <translation>{count} дәлел файлының {bad} файлы зақымдалған немесе қосылғаннан кейін өзгертілген. Журналды сол күйінде қалдырып, үйлестірушіңізге хабарлаңыз; төменде файлдар учаскесімен және ақаудың сипатымен көрсетілген:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="191"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="193"/>
        <source>Everything but matches</source>
        <translation>Сәйкестерден басқасының бәрі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="213"/>
        <source>Stations where this contestant&apos;s votes differ</source>
        <translation>Осы қатысушының дауыстары сәйкес келмейтін учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="217"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="219"/>
        <source>Only stations where some line differs by at least this much</source>
        <translation>Тек кемінде бір жолындағы айырма осы мәннен кем емес учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="221"/>
        <source>Show a&amp;ll</source>
        <translation>&amp;Бәрін көрсету</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="229"/>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="231"/>
        <source>&amp;Contestant</source>
        <translation>&amp;Қатысушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="233"/>
        <source>&amp;Difference at least</source>
        <translation>А&amp;йырмасы кемінде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="252"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="253"/>
        <source>Any contestant</source>
        <translation>Кез келген қатысушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="302"/>
        <source>Status: all</source>
        <translation>Мәртебесі: барлығы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="304"/>
        <source>Status: {status}</source>
        <translation>Мәртебесі: {status}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancyfilters.py" line="306"/>
        <source>Status: {n} chosen</source>
        <translation>Мәртебесі: {n} таңдалды</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="260"/>
        <source>Follow-up</source>
        <translation>Қаралуы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="264"/>
        <source>C&amp;hange status…</source>
        <translation>Мәртебені &amp;өзгерту…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="280"/>
        <source>Status: {status}</source>
        <translation>Мәртебесі: {status}</translation>
    </message>
</context>
<context>
    <name>Headcount</name>
    <message>
        <location filename="../../kzobserver/storage/headcount.py" line="48"/>
        <source>A tap adds or removes one voter.</source>
        <translation>Бір басу бір сайлаушыны қосады немесе алып тастайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/headcount.py" line="90"/>
        <source>A headcount is a whole number, 0 or more.</source>
        <translation>Келген сайлаушылар саны — 0-ден кем емес бүтін сан.</translation>
    </message>
</context>
<context>
    <name>HeadcountPage</name>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="77"/>
        <source>Take snapshot now</source>
        <translation>Қазіргі санды тіркеу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="92"/>
        <source>Headcount</source>
        <translation>Келушілерді санау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="96"/>
        <source>Space or + : one more voter · Backspace or − : take the last one off · S or Ctrl+S : snapshot. Every key press is saved at once.</source>
        <translation>Space немесе + : тағы бір сайлаушы · Backspace немесе − : соңғысын алып тастау · S немесе Ctrl+S : санды тіркеу. Әр басу бірден сақталады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="114"/>
        <source>voters seen entering</source>
        <translation>кіргені байқалған сайлаушылар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="120"/>
        <source>+1   (Space)</source>
        <translation>+1   (Space)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="122"/>
        <source>Undo last   (Backspace)</source>
        <translation>Соңғысын болдырмау   (Backspace)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="128"/>
        <source>Keys paused: click here to count with the keyboard</source>
        <translation>Пернелер кідіртілді: пернетақтамен санау үшін осында шертіңіз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="169"/>
        <source>Take snapshot now   (S)</source>
        <translation>Қазіргі санды тіркеу   (S)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="172"/>
        <source>Snapshots</source>
        <translation>Тіркелген сандар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="228"/>
        <source>Not saved: {error}</source>
        <translation>Сақталмады: {error}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="231"/>
        <source>+1 saved at {time}</source>
        <translation>+1 сақталды, {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="231"/>
        <source>−1 saved at {time}</source>
        <translation>−1 сақталды, {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="247"/>
        <source>{percent} of {registered} registered voters</source>
        <translation>Тіркелген {registered} сайлаушының {percent}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="253"/>
        <source>Registered voters unknown</source>
        <translation>Тіркелген сайлаушылар саны белгісіз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="259"/>
        <source>Ballots issued ({source}): {issued} · your headcount: {count} · issued − counted: {difference}</source>
        <translation>Берілген бюллетеньдер ({source}): {issued} · сіздің санауыңыз: {count} · берілгені − саналғаны: {difference}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="284"/>
        <source>Snapshot not saved: {error}</source>
        <translation>Сан тіркелмеді: {error}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="287"/>
        <source>Snapshot saved: {count} at {time}</source>
        <translation>Сан тіркелді: {count}, {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="302"/>
        <source>The {time} snapshot is due. Enter records the count as it was at {time}.</source>
        <translation>{time} кезіндегі санды тіркеу уақыты келді. Enter {time} кезіндегі санды жазады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcountpage.py" line="305"/>
        <source>Record {time}   (Enter)</source>
        <translation>{time} тіркеу   (Enter)</translation>
    </message>
</context>
<context>
    <name>ImportStationsDialog</name>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="79"/>
        <source>comma ( , )</source>
        <translation>үтір ( , )</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="80"/>
        <source>semicolon ( ; )</source>
        <translation>нүктелі үтір ( ; )</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="81"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="93"/>
        <source>Import stations from {file}</source>
        <translation>Учаскелерді импорттау: {file}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="116"/>
        <source>Which column holds what</source>
        <translation>Қай бағанда не бар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="124"/>
        <source>(ignore)</source>
        <translation>(елемеу)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="130"/>
        <source>{field} (required)</source>
        <translation>{field} (міндетті)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="145"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="151"/>
        <source>The first {n} rows of the file:</source>
        <translation>Файлдың алғашқы {n} жолы:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="61"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="63"/>
        <source>Sheet: {sheet}</source>
        <translation>Парақ: {sheet}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="67"/>
        <source>Encoding: {encoding}</source>
        <translation>Кодтау: {encoding}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="72"/>
        <source>Separator: {delimiter}</source>
        <translation>Бөлгіш: {delimiter}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="211"/>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Мына өріс үшін бағанды таңдаңыз: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="219"/>
        <source>Stations already in the logbook (same number) are updated; the others are added. If any row has a problem, nothing is imported.</source>
        <translation>Журналда бар учаскелер (нөмірі бірдей) жаңартылады, қалғандары қосылады. Кез келген жолда қате болса, ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="230"/>
        <source>Checking the stations…</source>
        <translation>Учаскелер тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="230"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="259"/>
        <location filename="../../kzobserver/ui/importdialog.py" line="262"/>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="269"/>
        <source>Stations added: {n}</source>
        <translation>Қосылған учаскелер: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="272"/>
        <source>Stations updated: {n}</source>
        <translation>Жаңартылған учаскелер: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="279"/>
        <source>New regions: {n}</source>
        <translation>Жаңа өңірлер: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="283"/>
        <source>New districts: {n}</source>
        <translation>Жаңа аудандар: {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="302"/>
        <source>Stations imported</source>
        <translation>Учаскелер импортталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/importdialog.py" line="303"/>
        <source>Imported {file}.</source>
        <translation>{file} файлы импортталды.</translation>
    </message>
</context>
<context>
    <name>IncidentFields</name>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="85"/>
        <source>Type to search, e.g. “ballot”</source>
        <translation>Іздеу үшін теріңіз, мысалы, «бюллетень»</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="100"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Not at a station</source>
        <translation type="obsolete">Учаскеден тыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="109"/>
        <source>— not about one contest —</source>
        <translation>— бір сайлау түріне ғана қатысты емес —</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="115"/>
        <source>What happened, what you saw yourself, and what was done about it.</source>
        <translation>Не болды, өзіңіз не көрдіңіз және қандай шара қолданылды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="205"/>
        <source>Sensitive — not published unless explicitly chosen</source>
        <translation>Құпия — арнайы таңдалмаса, жарияланбайды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="220"/>
        <source>&amp;Who did it</source>
        <translation>&amp;Бұзушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="221"/>
        <source>W&amp;itnesses</source>
        <translation>&amp;Куәгерлер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="122"/>
        <source>A complaint was filed</source>
        <translation>Шағым берілді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="126"/>
        <source>its number or reference</source>
        <translation>оның нөмірі немесе сілтемесі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="135"/>
        <source>&amp;Category</source>
        <translation>&amp;Санат</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="137"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="138"/>
        <source>&amp;Time</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="139"/>
        <source>&amp;Location</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="140"/>
        <source>C&amp;ontest</source>
        <translation>Сайлау тү&amp;рі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="141"/>
        <source>&amp;Description</source>
        <translation>Си&amp;паттама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="143"/>
        <source>Com&amp;plaint</source>
        <translation>&amp;Шағым</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="213"/>
        <source>Reports and exports leave these names out unless someone deliberately includes them.</source>
        <translation>Біреу әдейі қоспаса, есептер мен экспорт бұл есімдерді қамтымайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentfields.py" line="285"/>
        <source>Choose a category from the list.</source>
        <translation>Тізімнен санатты таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="133"/>
        <source>New report — saved as a draft once it has a category</source>
        <translation>Жаңа хабарлама — санаты таңдалған соң жоба ретінде сақталады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="153"/>
        <source>no observer recorded</source>
        <translation>бақылаушы көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="162"/>
        <source>{when}: {status} ({who})</source>
        <translation>{when}: {status} ({who})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="179"/>
        <source>submitted {when}</source>
        <translation>жіберілді: {when}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="183"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="185"/>
        <source>version {n}, {state}</source>
        <translation>{n}-нұсқа, {state}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="192"/>
        <source>This is version {n} of {total}:</source>
        <translation>Бұл — {total} нұсқаның {n}-нұсқасы:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="102"/>
        <source>Add an &amp;amendment…</source>
        <translation>&amp;Түзету қосу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="119"/>
        <source>Photos, videos and documents</source>
        <translation>Фото, бейне және құжаттар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="136"/>
        <source>&amp;Discard draft…</source>
        <translation>Жобаны &amp;жою…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="140"/>
        <source>&amp;Save draft</source>
        <translation>Жобаны са&amp;қтау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="141"/>
        <source>S&amp;ubmit…</source>
        <translation>Ж&amp;іберу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="142"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="151"/>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="196"/>
        <source>New irregularity report</source>
        <translation>Жаңа бұзушылық туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="199"/>
        <source>Irregularity report: {category}</source>
        <translation>Бұзушылық туралы хабарлама: {category}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="137"/>
        <source>Draft — you can still change it; submit it when done</source>
        <translation>Жоба — оны әлі өзгертуге болады; дайын болғанда жіберіңіз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="140"/>
        <source>Submitted on {when} — cannot be changed</source>
        <translation>Жіберілді: {when} — өзгертуге болмайды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="145"/>
        <source>A later version corrects it (see the versions below).</source>
        <translation>Оны кейінгі нұсқа түзетеді (төмендегі нұсқаларды қараңыз).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="219"/>
        <source>Changes not saved yet</source>
        <translation>Өзгерістер әлі сақталмаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="224"/>
        <source>Saved at {time}</source>
        <translation>Сақталды: {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="275"/>
        <source>This report had been submitted meanwhile: your changes are kept in an amendment, shown here.</source>
        <translation>Осы аралықта бұл хабарлама жіберіліп қойған: өзгерістеріңіз осында көрсетілген түзетуде сақталды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="282"/>
        <source>The draft was not saved: {error}</source>
        <translation>Жоба сақталмады: {error}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="288"/>
        <source>The logbook is busy; the draft will be saved in a few seconds.</source>
        <translation>Журнал бос емес; жоба бірнеше секундтан кейін сақталады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="102"/>
        <source>Discard the draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="103"/>
        <source>Delete this draft from the logbook? This cannot be undone.</source>
        <translation>Бұл жобаны журналдан жою керек пе? Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="106"/>
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="113"/>
        <source>The report is not saved</source>
        <translation>Хабарлама сақталмаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="114"/>
        <source>This report could not be saved (see the message in the form).</source>
        <translation>Хабарламаны сақтау мүмкін болмады (пішіндегі түсініктемені қараңыз).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="117"/>
        <source>Close without saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="331"/>
        <source>Choose a category first: the files belong to a report.</source>
        <translation>Алдымен санатты таңдаңыз: файлдар хабарламаға тиесілі.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentform.py" line="343"/>
        <source>Describe what happened before submitting.</source>
        <translation>Жібермес бұрын не болғанын сипаттаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="69"/>
        <source>Submit the report</source>
        <translation>Хабарламаны жіберу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="70"/>
        <source>Submit this report now?</source>
        <translation>Бұл хабарламаны қазір жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="71"/>
        <source>Submit</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="72"/>
        <source>A submitted report can no longer be changed, by you or by anyone else. If something needs correcting later, you add an amendment: a new version next to the original, which stays as it was.</source>
        <translation>Жіберілген хабарламаны енді сіз де, басқа ешкім де өзгерте алмайды. Кейін бірдеңені түзету қажет болса, түзету қосасыз: түпнұсқаның жанында жаңа нұсқа пайда болады, ал түпнұсқа өзгеріссіз қалады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="85"/>
        <source>This report cannot be changed</source>
        <translation>Бұл хабарламаны өзгертуге болмайды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="86"/>
        <source>This report was submitted on {when} and cannot be changed.</source>
        <translation>Бұл хабарлама {when} жіберілген, оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="89"/>
        <source>Add an amendment…</source>
        <translation>Түзету қосу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="90"/>
        <source>To correct or complete it, add an amendment: a new draft that starts as a copy of the latest version. The submitted text stays exactly as it was.</source>
        <translation>Оны түзету немесе толықтыру үшін түзету қосыңыз: соңғы нұсқаның көшірмесі ретінде басталатын жаңа жоба. Жіберілген мәтін дәл бұрынғыдай қалады.</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="71"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="72"/>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="73"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="74"/>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="75"/>
        <source>Follow-up</source>
        <translation>Қаралуы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="76"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="118"/>
        <source>Submitted</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="77"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="119"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="124"/>
        <source>{n} of {total}</source>
        <translation>{total} ішінен {n}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="132"/>
        <source>not at a station</source>
        <translation>учаскеден тыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentmodel.py" line="136"/>
        <source>№ {number} (other)</source>
        <translation>№ {number} (басқа)</translation>
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
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="37"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="38"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="39"/>
        <source>Critical</source>
        <translation>Сыни</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="52"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="53"/>
        <source>Needs follow-up</source>
        <translation>Әрекет қажет</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="54"/>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/taxonomy.py" line="55"/>
        <source>Excluded</source>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="49"/>
        <source>At the station</source>
        <translation>Учаскеде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="50"/>
        <source>At another station</source>
        <translation>Басқа учаскеде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="51"/>
        <source>Not at a station</source>
        <translation>Учаскеден тыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="60"/>
        <source>Submitted reports cannot be changed; add an amendment.</source>
        <translation>Жіберілген хабарламаны өзгертуге болмайды; түзету қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="71"/>
        <location filename="../../kzobserver/storage/incidents.py" line="203"/>
        <location filename="../../kzobserver/storage/incidents.py" line="244"/>
        <source>This report no longer exists.</source>
        <translation>Бұл хабарлама енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="184"/>
        <source>“{category}” is not an irregularity category.</source>
        <translation>«{category}» — бұзушылық санаты емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="192"/>
        <source>“{value}” is not a severity; choose one of: {known}.</source>
        <translation>«{value}» — маңыздылық деңгейі емес; мыналардың бірін таңдаңыз: {known}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="200"/>
        <source>“{value}” is not a location; choose one of: {known}.</source>
        <translation>«{value}» — орын емес; мыналардың бірін таңдаңыз: {known}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="208"/>
        <source>Choose the station, or mark the report as at another station or not at a station.</source>
        <translation>Учаскені таңдаңыз немесе хабарламаны басқа учаскеде не учаскеден тыс деп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incident_records.py" line="218"/>
        <source>There is no such contest in this logbook.</source>
        <translation>Бұл журналда мұндай сайлау түрі жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="167"/>
        <source>This draft cannot be discarded: files are attached to it.</source>
        <translation>Бұл жобаны жоюға болмайды: оған файлдар тіркелген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="178"/>
        <source>Describe what happened before submitting.</source>
        <translation>Жібермес бұрын не болғанын сипаттаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="238"/>
        <source>“{status}” is not a follow-up status.</source>
        <translation>«{status}» — өңдеу мәртебесі емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="241"/>
        <source>Say why the report is excluded.</source>
        <translation>Хабарламаның неге алынып тасталғанын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/incidents.py" line="341"/>
        <source>This answer is not a red flag.</source>
        <translation>Бұл жауап қауіп белгісі емес.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="64"/>
        <source>&amp;New report…</source>
        <translation>&amp;Жаңа хабарлама…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="73"/>
        <source>Irregularity reports</source>
        <translation>Бұзушылықтар туралы хабарламалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="79"/>
        <source>This station</source>
        <translation>Осы учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="80"/>
        <source>All stations</source>
        <translation>Барлық учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="83"/>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="89"/>
        <source>Any severity</source>
        <translation>Кез келген маңыздылық</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="94"/>
        <source>Any follow-up status</source>
        <translation>Қаралудың кез келген мәртебесі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="98"/>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="101"/>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="104"/>
        <source>Latest versions only</source>
        <translation>Тек соңғы нұсқалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="108"/>
        <source>Unchecked: every version of an amended report, the originals included.</source>
        <translation>Белгіленбесе: түзетілген хабарламаның барлық нұсқалары, түпнұсқаларымен бірге.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="210"/>
        <source>{count} shown, {drafts} not submitted</source>
        <translation>Көрсетілгені: {count}, жіберілмегені: {drafts}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="215"/>
        <source>No report matches these filters.</source>
        <translation>Бұл сүзгілерге сай хабарлама жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentspage.py" line="217"/>
        <source>No reports yet. Press Ctrl+N or “New report…” to write one.</source>
        <translation>Әзірге хабарлама жоқ. Жазу үшін Ctrl+N немесе «Жаңа хабарлама…» түймесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>LinesGrid</name>
    <message>
        <location filename="../../kzobserver/ui/protocolfields.py" line="40"/>
        <source>Empty means not seen; type 0 for zero.</source>
        <translation>Бос жол — көрілмеген дегенді білдіреді; нөл үшін 0 теріңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolfields.py" line="161"/>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="36"/>
        <source>At another station:</source>
        <translation>Басқа учаскеде:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="38"/>
        <source>Not at a station</source>
        <translation>Учаскеден тыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="45"/>
        <source>station number</source>
        <translation>учаске нөмірі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="87"/>
        <source>At this station (№ {number})</source>
        <translation>Осы учаскеде (№ {number})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="128"/>
        <source>Where exactly, e.g. at the entrance, in a bus outside (optional)</source>
        <translation>Нақты қай жерде, мысалы, кіреберісте, сырттағы автобуста (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="130"/>
        <source>Where it happened, e.g. the bus stop on Abai street</source>
        <translation>Қай жерде болды, мысалы, Абай көшесіндегі аялдама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentlocation.py" line="143"/>
        <source>not in this logbook: kept as text</source>
        <translation>бұл журналда жоқ: мәтін ретінде сақталады</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="121"/>
        <source>&amp;New logbook…</source>
        <translation>&amp;Жаңа журнал…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="122"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="124"/>
        <source>&amp;Import stations…</source>
        <translation>Учаскелерді &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="127"/>
        <source>Import o&amp;fficial results…</source>
        <translation>&amp;Ресми нәтижелерді импорттау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="130"/>
        <source>&amp;Announced results…</source>
        <translation>Жарияланған &amp;нәтижелер…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="141"/>
        <source>&amp;Find station</source>
        <translation>Учаскені &amp;іздеу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="142"/>
        <source>Election &amp;overview</source>
        <translation>Сайлауға &amp;шолу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="144"/>
        <source>&amp;Discrepancies</source>
        <translation>&amp;Сәйкессіздіктер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="147"/>
        <source>Enter &amp;protocol</source>
        <translation>&amp;Хаттаманы енгізу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="149"/>
        <source>&amp;New report…</source>
        <translation>&amp;Жаңа есеп…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="150"/>
        <source>&amp;About kzobserver</source>
        <translation>kzobserver &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="175"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="187"/>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="219"/>
        <source>Cannot open the logbook</source>
        <translation>Журналды ашу мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/mainwindow.py" line="263"/>
        <source>This logbook contains {n} synthetic demo stations. They are not real polling stations.</source>
        <translation>
            <numerusform>Бұл журналда {n} синтетикалық демо учаске бар. Ол нақты сайлау учаскесі емес.</numerusform>
            <numerusform>Бұл журналда {n} синтетикалық демо учаске бар. Олар нақты сайлау учаскелері емес.</numerusform>
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
        <translation>Журнал ашылмаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="297"/>
        <source>No election in this logbook</source>
        <translation>Журналда сайлау жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="349"/>
        <source>Sample and announced</source>
        <translation>Іріктеме және жарияланған деректер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="350"/>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="395"/>
        <source>Open logbook</source>
        <translation>Журналды ашу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="397"/>
        <source>kzobserver logbooks (*.sqlite);;All files (*)</source>
        <translation>kzobserver журналдары (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="409"/>
        <source>Import stations</source>
        <translation>Учаскелерді импорттау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="411"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Кестелер (*.csv *.tsv *.txt *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="418"/>
        <location filename="../../kzobserver/ui/mainwindow.py" line="439"/>
        <source>Cannot read the file</source>
        <translation>Файлды оқу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="430"/>
        <source>Import official results</source>
        <translation>Ресми нәтижелерді импорттау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="432"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Кестелер ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="442"/>
        <source>Cannot import official results</source>
        <translation>Ресми нәтижелерді импорттау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="468"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/mainwindow.py" line="470"/>
        <source>Menus and labels will be in {language} the next time kzobserver starts.</source>
        <translation>Мәзір мен жазулардың тілі ({language}) kzobserver келесі рет іске қосылғанда қолданылады.</translation>
    </message>
</context>
<context>
    <name>NewLogbookDialog</name>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="58"/>
        <location filename="../../kzobserver/ui/newlogbook.py" line="138"/>
        <source>New logbook</source>
        <translation>Жаңа журнал</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="65"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="80"/>
        <source>Add synthetic demo stations</source>
        <translation>Синтетикалық демо учаскелерді қосу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="84"/>
        <source>About 10,000 invented stations to try the app with. They are clearly marked and are not real polling stations. Leave this off for real observation work.</source>
        <translation>Бағдарламаны сынап көруге арналған 10 000-ға жуық ойдан шығарылған учаске. Олар анық белгіленген және нақты сайлау учаскелері емес. Нақты бақылау жұмысы үшін қоспаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="96"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="97"/>
        <source>Election:</source>
        <translation>Сайлау:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="104"/>
        <source>Create</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="140"/>
        <source>kzobserver logbooks (*.sqlite)</source>
        <translation>kzobserver журналдары (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/newlogbook.py" line="161"/>
        <source>{path} already exists. Choose another file name.</source>
        <translation>{path} бұрыннан бар. Басқа файл атын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../kzobserver/storage/notes.py" line="33"/>
        <source>A note cannot be empty.</source>
        <translation>Ескертпе бос бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/notes.py" line="72"/>
        <source>This note no longer exists.</source>
        <translation>Бұл ескертпе енді жоқ.</translation>
    </message>
</context>
<context>
    <name>Observers</name>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="25"/>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="26"/>
        <source>Reviewer</source>
        <translation>Тексеруші</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="27"/>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="51"/>
        <source>An observer needs a name.</source>
        <translation>Бақылаушының атын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="54"/>
        <source>“{role}” is not a role; choose one of: {roles}.</source>
        <translation>«{role}» — рөл емес; мыналардың бірін таңдаңыз: {roles}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/observers.py" line="105"/>
        <location filename="../../kzobserver/storage/observers.py" line="151"/>
        <source>There is no such observer in this logbook.</source>
        <translation>Бұл журналда мұндай бақылаушы жоқ.</translation>
    </message>
</context>
<context>
    <name>ObserversDialog</name>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="76"/>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="99"/>
        <source>Every record you make is signed with your name, so that your coordinator knows who saw what. Add yourself once (your name as on your accreditation) or choose yourself in the list, then press “Use as current observer on this computer”. If you skip this, what you record is still saved, without a name.</source>
        <translation>Сіздің әр жазбаңызға есіміңіз қойылады, сонда үйлестірушіңіз кім не көргенін біледі. Өзіңізді бір рет қосыңыз (аккредиттеудегідей есіміңізбен) немесе тізімнен өзіңізді таңдаңыз, содан кейін «Осы компьютердегі ағымдағы бақылаушы ету» түймесін басыңыз. Мұны өткізіп жіберсеңіз, жазғаныңыз бәрібір сақталады, бірақ есімсіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="116"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="116"/>
        <source>Accreditation number</source>
        <translation>Аккредиттеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="116"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="117"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="120"/>
        <source>Observers in this &amp;logbook:</source>
        <translation>Журналдағы &amp;бақылаушылар:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="122"/>
        <source>Ne&amp;w observer</source>
        <translation>&amp;Жаңа бақылаушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="127"/>
        <source>required, e.g. Aigerim Seitova</source>
        <translation>міндетті, мысалы, Әйгерім Сейітова</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="130"/>
        <source>as on the accreditation card</source>
        <translation>аккредиттеу карточкасындағыдай</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="149"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="150"/>
        <source>A&amp;ccreditation number:</source>
        <translation>Аккредиттеу &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="151"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="152"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="165"/>
        <source>&amp;Use as current observer on this computer</source>
        <translation>&amp;Осы компьютердегі ағымдағы бақылаушы ету</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="205"/>
        <source>No observer chosen: records made on this computer are not signed.</source>
        <translation>Бақылаушы таңдалмаған: осы компьютерде жасалған жазбаларға есім қойылмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="210"/>
        <source>Records made on this computer are signed: {name}</source>
        <translation>Осы компьютерде жасалған жазбаларға қойылатын есім: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="229"/>
        <source>The current observer on this computer</source>
        <translation>Осы компьютердегі ағымдағы бақылаушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="293"/>
        <source>New observer</source>
        <translation>Жаңа бақылаушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="294"/>
        <source>A&amp;dd observer</source>
        <translation>Бақылаушы &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="296"/>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="297"/>
        <source>&amp;Save changes</source>
        <translation>Өзгерістерді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/observersdialog.py" line="360"/>
        <source>Choose an observer in the list, or type your name to add yourself.</source>
        <translation>Тізімнен бақылаушыны таңдаңыз немесе өзіңізді қосу үшін есіміңізді теріңіз.</translation>
    </message>
</context>
<context>
    <name>OfficialImport</name>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="135"/>
        <source>Unknown line “{line}”; the lines are: {lines}.</source>
        <translation>Белгісіз жол «{line}»; бар жолдар: {lines}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="141"/>
        <source>There is no column “{column}”; the columns are: {found}.</source>
        <translation>«{column}» бағаны жоқ; бар бағандар: {found}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="154"/>
        <source>No station number column was found (such as “uik” or “№ участка”). The columns are: {found}. Choose it by hand (on the command line: --map station=COLUMN).</source>
        <translation>Учаске нөмірінің бағаны табылмады (мысалы, «uik» немесе «№ участка»). Бар бағандар: {found}. Оны қолмен таңдаңыз (пәрмен жолында: --map station=COLUMN).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="162"/>
        <source>No column is named after a protocol line, a candidate or a party. The columns are: {found}. Choose them by hand (on the command line: --map LINE=COLUMN).</source>
        <translation>Бірде-бір баған хаттама жолының, кандидаттың немесе партияның атымен аталмаған. Бар бағандар: {found}. Оларды қолмен таңдаңыз (пәрмен жолында: --map LINE=COLUMN).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="255"/>
        <source>“{value}” is not a station number.</source>
        <translation>«{value}» — учаске нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="257"/>
        <source>The station number is empty.</source>
        <translation>Учаске нөмірі бос.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_table.py" line="265"/>
        <source>Checking stopped after {n} problems; fix these first.</source>
        <translation>Тексеру {n} қатеден кейін тоқтатылды; алдымен соларды түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="141"/>
        <source>{n} rows name stations that are not in this logbook (the first on row {row}). Import the station registry first, or import only the stations the logbook holds (on the command line: --allow-unmatched).</source>
        <translation>{n} жолда бұл журналда жоқ учаскелер көрсетілген (біріншісі — {row}-жол). Алдымен учаскелер тізілімін импорттаңыз немесе тек журналдағы учаскелерді импорттаңыз (пәрмен жолында: --allow-unmatched).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="149"/>
        <source>Station “{station}” ({region}) is not in the logbook.</source>
        <translation>«{station}» учаскесі ({region}) журналда жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="175"/>
        <location filename="../../kzobserver/storage/summary.py" line="66"/>
        <source>This logbook has no election yet.</source>
        <translation>Бұл журналда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="199"/>
        <location filename="../../kzobserver/storage/results_logbook.py" line="347"/>
        <source>Station “{station}” is on rows {first} and {row}.</source>
        <translation>«{station}» учаскесі {first} және {row} жолдарында бар.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="213"/>
        <location filename="../../kzobserver/storage/results_logbook.py" line="195"/>
        <source>The file has no rows below the header.</source>
        <translation>Файлда тақырып жолынан кейін жолдар жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="252"/>
        <source>{stations} official records for {contest} from {rows} rows: {created} new, {updated} updated, {values} values.</source>
        <translation>{contest}: {rows} жолдан {stations} ресми жазба (жаңа: {created}, жаңартылған: {updated}), мәндер: {values}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="265"/>
        <source>{n} rows were left out: their stations are not in the logbook.</source>
        <translation>{n} жол өткізіп жіберілді: олардың учаскелері журналда жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="269"/>
        <source>Columns not imported: {columns}.</source>
        <translation>Импортталмаған бағандар: {columns}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/official_import.py" line="273"/>
        <source>Lines without a column: {lines}.</source>
        <translation>Бағаны жоқ жолдар: {lines}.</translation>
    </message>
    <message>
        <source>--template and --name go with --from-results.</source>
        <translation type="vanished">--template және --name тек --from-results параметрімен бірге қолданылады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/core.py" line="79"/>
        <source>--template, --name and --map go with --from-results.</source>
        <translation>--template, --name және --map тек --from-results параметрімен бірге қолданылады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/core.py" line="92"/>
        <source>--demo-stations and --from-results cannot be combined.</source>
        <translation>--demo-stations және --from-results параметрлерін бірге қолдануға болмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/core.py" line="96"/>
        <source>{code} is a bundled election; with --from-results choose a new code.</source>
        <translation>{code} — бағдарламамен бірге келген сайлау; --from-results үшін жаңа код таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="39"/>
        <source>“{value}” is not LINE=COLUMN (for example station=uik).</source>
        <translation>«{value}» LINE=COLUMN пішімінде емес (мысалы, station=uik).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="110"/>
        <source>{figures} announced figures for {contest}: {national} national, {areas} areas.</source>
        <translation>{contest}: {figures} жарияланған көрсеткіш (ел бойынша: {national}, аумақтар бойынша: {areas}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="143"/>
        <source>{source} records of {contest}: {stations} stations</source>
        <translation>{contest} бойынша «{source}» жазбалары: {stations} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="150"/>
        <source>Turnout: {issued} ballots issued of {voters} voters on the lists: {percent}</source>
        <translation>Қатысу: тізімдегі {voters} сайлаушыға {issued} бюллетень берілді: {percent}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="160"/>
        <source>Contestants (share of the {total} votes cast for them):</source>
        <translation>Қатысушылар (оларға берілген {total} дауыстағы үлесі):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="167"/>
        <source>Lines:</source>
        <translation>Жолдар:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="171"/>
        <source>({n} stations)</source>
        <translation>({n} учаске)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="281"/>
        <source>{n} stations compared ({b} − {a}): {counts}.</source>
        <translation>{n} учаске салыстырылды ({b} − {a}): {counts}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="286"/>
        <source>Recorded only in {a}: {only_a}; only in {b}: {only_b}.</source>
        <translation>Тек {a} ішінде: {only_a}; тек {b} ішінде: {only_b}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="290"/>
        <source>Net shift nationally</source>
        <translation>Ел бойынша таза ығысу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="293"/>
        <source>no region</source>
        <translation>өңірсіз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="302"/>
        <source>Station {station} ({region}): {status}</source>
        <translation>{station} учаскесі ({region}): {status}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="306"/>
        <source>gainer {gainer}, loser {loser}</source>
        <translation>ұтқаны {gainer}, ұтылғаны {loser}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/official.py" line="321"/>
        <source>{title}: {stations} mismatching stations; votes {moved}; ballots issued {issued}</source>
        <translation>{title}: сәйкес келмейтін {stations} учаске; дауыстар {moved}; берілген бюллетеньдер {issued}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="140"/>
        <source>No figures found: name the columns area, line, value (one figure per row) or area and one column per line or contestant.</source>
        <translation>Көрсеткіштер табылмады: бағандарды area, line, value деп атаңыз (әр жолда бір көрсеткіш) немесе area және әр жолға не қатысушыға бір-бір баған беріңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="191"/>
        <source>The file has no figures.</source>
        <translation>Файлда көрсеткіштер жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="219"/>
        <source>The column “{column}” is not a line, a contestant or one of area, line, value, as_of, source.</source>
        <translation>«{column}» бағаны жол да, қатысушы да емес және area, line, value, as_of, source бағандарының бірі де емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="227"/>
        <source>Unknown area “{area}”.</source>
        <translation>Белгісіз аумақ «{area}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="231"/>
        <source>Unknown line “{line}”: write a line code (such as ballots_issued, votes:CODE, turnout_percent, share_percent:CODE, seats:CODE), a line&apos;s label or a contestant&apos;s name.</source>
        <translation>Белгісіз жол «{line}»: жол кодын (мысалы, ballots_issued, votes:CODE, turnout_percent, share_percent:CODE, seats:CODE), жолдың атауын немесе қатысушының атын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/announced_import.py" line="239"/>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» — сан емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="169"/>
        <source>Unknown template “{template}”; use {templates}.</source>
        <translation>Белгісіз үлгі «{template}»; мыналардың бірін қолданыңыз: {templates}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="175"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} бұрыннан бар; басқа файл атын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="282"/>
        <source>No candidate or party columns were found: every column is a place, a protocol line or a link. The columns are: {found}.</source>
        <translation>Кандидат немесе партия бағандары табылмады: әр баған — орын, хаттама жолы немесе сілтеме. Бар бағандар: {found}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="332"/>
        <source>The region is empty; station numbers repeat across regions, so every row needs its region.</source>
        <translation>Өңір бос; учаске нөмірлері өңірлер арасында қайталанады, сондықтан әр жолда өңір көрсетілуі керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="427"/>
        <source>station numbers are “&lt;region code&gt;-&lt;number&gt;”</source>
        <translation>учаске нөмірлері «&lt;өңір коды&gt;-&lt;нөмір&gt;» түрінде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="429"/>
        <source>station numbers as in the file</source>
        <translation>учаске нөмірлері файлдағыдай</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/results_logbook.py" line="431"/>
        <source>Created {path}: election {election}, {stations} stations in {regions} regions and {districts} districts, {contestants} contestants, {records} official records ({values} values); {numbering}.</source>
        <translation>{path} жасалды: {election} сайлауы, {regions} өңір мен {districts} аудандағы {stations} учаске, {contestants} қатысушы, {records} ресми жазба ({values} мән); {numbering}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/summary.py" line="57"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Белгісіз дереккөз «{source}»; мыналардың бірін қолданыңыз: {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/summary.py" line="231"/>
        <source>Compare two different sources.</source>
        <translation>Екі түрлі дереккөзді салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>OfficialImportDialog</name>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="62"/>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="214"/>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="329"/>
        <source>Import official results</source>
        <translation>Ресми нәтижелерді импорттау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="69"/>
        <source>Choose another file…</source>
        <translation>Басқа файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="95"/>
        <source>&amp;Allow stations not in this logbook</source>
        <translation>Бұл журналда жоқ учаскелерге &amp;рұқсат ету</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="120"/>
        <source>Copy all</source>
        <translation>Барлығын көшіру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="133"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="148"/>
        <source>&amp;Contest:</source>
        <translation>Сайлау &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="197"/>
        <source>The first {n} of about {total} rows:</source>
        <translation>Шамамен {total} жолдың алғашқы {n} жолы:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="201"/>
        <source>The first {n} rows:</source>
        <translation>Алғашқы {n} жол:</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="vanished">Файл: {path}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation type="vanished">Парақ: {sheet}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation type="vanished">Кодтау: {encoding}</translation>
    </message>
    <message>
        <source>Separator: {delimiter}</source>
        <translation type="vanished">Бөлгіш: {delimiter}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="216"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Кестелер ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="226"/>
        <source>Cannot read the file</source>
        <translation>Файлды оқу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="283"/>
        <source>Each station&apos;s official record is created or replaced. If any row has a problem, nothing is imported.</source>
        <translation>Әр учаскенің ресми жазбасы жасалады немесе ауыстырылады. Кез келген жолда қате болса, ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="287"/>
        <source>{n} lines have no column and stay empty.</source>
        <translation>{n} жолдың бағаны жоқ, олар бос қалады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="297"/>
        <source>This logbook holds {n} stations of this contest. A row for any other station rejects the file unless this is ticked; ticked, such rows are left out and counted in the summary.</source>
        <translation>Бұл журналда осы сайлау түрінің {n} учаскесі бар. Белгі қойылмаса, басқа кез келген учаскенің жолы бүкіл файлды қабылдамауға әкеледі; белгі қойылса, мұндай жолдар өткізіп жіберіліп, қорытындыда саналады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="330"/>
        <source>Importing {file}…</source>
        <translation>{file} импортталуда…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="334"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Тоқтатылды: ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="340"/>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="349"/>
        <source>Nothing was imported. Fix these {n} problem(s) and try again:</source>
        <translation>Ештеңе импортталмады. Мына қателерді ({n}) түзетіп, қайталап көріңіз:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="378"/>
        <source>row {row}: {station} ({region})</source>
        <translation>{row}-жол: {station} ({region})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="383"/>
        <source>Left out, for example: {examples}.</source>
        <translation>Өткізіп жіберілгендер, мысалы: {examples}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="395"/>
        <source>This logbook has no election with a contest yet.</source>
        <translation>Бұл журналда әлі сайлау түрі бар сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="410"/>
        <source>Official results imported</source>
        <translation>Ресми нәтижелер импортталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialimportdialog.py" line="411"/>
        <source>Imported {file}.</source>
        <translation>{file} файлы импортталды.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="68"/>
        <source>Choose a polling station on the left, or type its number in the search box.</source>
        <translation>Сол жақтан сайлау учаскесін таңдаңыз немесе оның нөмірін іздеу өрісіне теріңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="79"/>
        <source>In this logbook</source>
        <translation>Осы журналда</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="82"/>
        <source>{total} ({synthetic} of them synthetic demo stations)</source>
        <translation>{total} (оның ішінде {synthetic} синтетикалық демо учаске)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="88"/>
        <source>{n}, and stations abroad</source>
        <translation>{n}, сондай-ақ шетелдегі учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="93"/>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="94"/>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="97"/>
        <source>Contests</source>
        <translation>Сайлау түрлері</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="123"/>
        <source>{name} — {seats} seats</source>
        <translation>{name} — {seats} мандат</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="139"/>
        <source>Announced result: {contest}</source>
        <translation>Жарияланған нәтиже: {contest}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="145"/>
        <source>Turnout {percent} %</source>
        <translation>Қатысу {percent} %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="151"/>
        <source>{n} voters on the lists</source>
        <translation>тізімдерде {n} сайлаушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="157"/>
        <source>{n} ballots issued</source>
        <translation>{n} бюллетень берілді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="168"/>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="168"/>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="168"/>
        <source>Share, %</source>
        <translation>Үлесі, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="170"/>
        <source>Seats</source>
        <translation>Мандаттар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="200"/>
        <source>Not a party: a line on the ballot</source>
        <translation>Партия емес: бюллетеньдегі жол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="216"/>
        <source>As announced by the election commission; not checked by kzobserver.</source>
        <translation>Сайлау комиссиясы жариялаған деректер; kzobserver оларды тексермеген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/overviewpage.py" line="218"/>
        <source>Source: {source}.</source>
        <translation>Дереккөз: {source}.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../kzobserver/ui/messages.py" line="64"/>
        <source>Copy all</source>
        <translation>Барлығын көшіру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/messages.py" line="82"/>
        <source>Nothing was written. Fix these {n} problem(s) and try again:</source>
        <translation>Ештеңе жазылмады. Мына қателерді ({n}) түзетіп, қайталап көріңіз:</translation>
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
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="69"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/officialmodels.py" line="70"/>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
</context>
<context>
    <name>ProtocolChecks</name>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="99"/>
        <source>1 cannot be checked yet</source>
        <translation>1 арақатынасты әзірге тексеру мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="91"/>
        <source>1 relation fails</source>
        <translation>1 арақатынас сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="78"/>
        <source>All {n} relations hold.</source>
        <translation>Барлық {n} арақатынас сәйкес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="35"/>
        <source>Cannot check yet</source>
        <translation>Әзірге тексерілмейді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="33"/>
        <source>Fails</source>
        <translation>Сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="36"/>
        <source>Holds</source>
        <translation>Сәйкес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="81"/>
        <source>No unexplained failure: {n} verified by a reviewer.</source>
        <translation>Түсіндірілмеген сәйкессіздік жоқ: тексеруші растағаны — {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="66"/>
        <source>Nothing entered yet. The relation is checked as you type.</source>
        <translation>Әзірге ештеңе енгізілмеген. Арақатынас енгізу барысында тексеріледі.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="69"/>
        <source>Nothing entered yet. The {n} relations are checked as you type.</source>
        <translation>Әзірге ештеңе енгізілмеген. {n} арақатынас енгізу барысында тексеріледі.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="77"/>
        <source>The relation holds.</source>
        <translation>Арақатынас сәйкес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="62"/>
        <source>This protocol has no control relations to check.</source>
        <translation>Бұл хаттамада тексерілетін бақылау арақатынастары жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="34"/>
        <source>Verified</source>
        <translation>Расталған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="100"/>
        <source>{n} cannot be checked yet</source>
        <translation>{n} арақатынасты әзірге тексеру мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="92"/>
        <source>{n} relations fail</source>
        <translation>{n} арақатынас сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="105"/>
        <source>{n} verified</source>
        <translation>{n} расталған</translation>
    </message>
</context>
<context>
    <name>ProtocolForm</name>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="99"/>
        <source>Contest</source>
        <translation>Сайлау түрі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="102"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="107"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="110"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="111"/>
        <source>Mark as verified…</source>
        <translation>Растау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="113"/>
        <source>Withdraw verification…</source>
        <translation>Растауды қайтарып алу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="182"/>
        <source>This station takes part in no contest: nothing to enter.</source>
        <translation>Бұл учаске ешбір сайлау түріне қатыспайды: енгізетін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="210"/>
        <source>Official figures: one record for the logbook, not an observer&apos;s</source>
        <translation>Ресми деректер: бақылаушыға емес, журналға бір жазба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="212"/>
        <source>no observer chosen</source>
        <translation>бақылаушы таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="213"/>
        <source>Recorded for observer: {observer}</source>
        <translation>Бақылаушы: {observer}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="264"/>
        <source>Line {number} was not saved: {error} It keeps its earlier value.</source>
        <translation>{number}-жол сақталмады: {error} Онда бұрынғы мәні қалды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="360"/>
        <source>Clear the line (not seen)</source>
        <translation>Жолды тазарту (көрілмеген)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="364"/>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="365"/>
        <source>Paste</source>
        <translation>Қою</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolform.py" line="388"/>
        <source>Line {number} is empty: enter what the protocol shows first.</source>
        <translation>{number}-жол бос: алдымен хаттамадағы мәнді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolsession.py" line="54"/>
        <source>line {number}: {old} → {new}</source>
        <translation>{number}-жол: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ProtocolImport</name>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="88"/>
        <source>The election has no contests.</source>
        <translation>Бұл сайлауда бірде-бір сайлау түрі жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="95"/>
        <source>Unknown contest “{code}”; the contests are: {codes}.</source>
        <translation>Белгісіз сайлау түрі «{code}»; бар түрлері: {codes}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="119"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Белгісіз дереккөз «{source}»; мыналардың бірін қолданыңыз: {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="127"/>
        <source>This logbook has no election yet.</source>
        <translation>Бұл журналда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="134"/>
        <source>a station number column</source>
        <translation>Учаске нөмірі бағаны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="136"/>
        <source>any column named after a protocol line</source>
        <translation>Хаттама жолымен аталған бірде-бір баған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="142"/>
        <source>No {missing} was found. The columns are: {found}. Name the columns after the line codes ({codes}) or their labels.</source>
        <translation>{missing} табылмады. Файлдағы бағандар: {found}. Бағандарды жол кодтарымен ({codes}) немесе жол атауларымен атаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="177"/>
        <source>“{value}” is not a station number.</source>
        <translation>«{value}» — учаске нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="188"/>
        <source>Station {number} is not in this logbook for the contest “{contest}”.</source>
        <translation>Бұл журналда «{contest}» бойынша № {number} учаске жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="200"/>
        <source>Station {number} is on rows {first} and {row}.</source>
        <translation>№ {number} учаске {first} және {row} жолдарында қайталанады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="252"/>
        <source>“{value}” is not a count: a protocol line holds a whole number from 0 to {limit}, or nothing when it was not seen.</source>
        <translation>«{value}» — сан емес: хаттама жолында 0 мен {limit} аралығындағы бүтін сан болады, ал көрілмесе, жол бос қалады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="226"/>
        <source>The file has no rows below the header.</source>
        <translation>Файлда тақырып жолынан кейін жолдар жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocol_import.py" line="401"/>
        <source>{stations} {source} records for {contest}: {created} new, {updated} updated, {values} values.</source>
        <translation>{contest}: «{source}» жазбалары — {stations} (жаңа: {created}, жаңартылған: {updated}), мәндер: {values}.</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <location filename="../../kzobserver/ui/protocolpage.py" line="39"/>
        <source>Enter protocol</source>
        <translation>Хаттаманы енгізу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolpage.py" line="40"/>
        <source>Compare sources</source>
        <translation>Дереккөздерді салыстыру</translation>
    </message>
</context>
<context>
    <name>ProtocolReview</name>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="38"/>
        <source>Verified by {reviewer} on {when}: {reason}</source>
        <translation>Расталған ({reviewer}, {when}): {reason}</translation>
    </message>
</context>
<context>
    <name>Protocols</name>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="25"/>
        <source>Observer&apos;s tally</source>
        <translation>Бақылаушының есебі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="26"/>
        <source>Commission&apos;s protocol copy</source>
        <translation>Хаттама көшірмесі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="27"/>
        <source>Official published figures</source>
        <translation>Ресми деректер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="82"/>
        <source>A protocol line holds a whole number.</source>
        <translation>Хаттама жолында бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="84"/>
        <source>A protocol line cannot be negative.</source>
        <translation>Хаттама жолы теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="87"/>
        <source>{value} is too large for a polling station&apos;s protocol.</source>
        <translation>{value} — сайлау учаскесінің хаттамасы үшін тым үлкен сан.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="176"/>
        <source>This protocol record no longer exists.</source>
        <translation>Бұл хаттама жазбасы енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="216"/>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation>Тексерушінің атын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="218"/>
        <source>Say why the line is verified.</source>
        <translation>Жолдың неге расталғанын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/protocols.py" line="221"/>
        <source>An empty line cannot be verified.</source>
        <translation>Бос жолды растауға болмайды.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../kzobserver/ui/tasks.py" line="82"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="109"/>
        <source>Not now  (Esc)</source>
        <translation>Қазір емес  (Esc)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="161"/>
        <source>An irregularity report was drafted from this answer.</source>
        <translation>Осы жауап бойынша бұзушылық туралы хабарламаның жобасы жасалды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="163"/>
        <source>Open the report</source>
        <translation>Хабарламаны ашу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="170"/>
        <source>⚑ This is a red flag ({category}): open a pre-filled irregularity report — press Enter</source>
        <translation>⚑ Бұл — қауіпті белгі ({category}): алдын ала толтырылған бұзушылық туралы хабарламаны ашыңыз — Enter басыңыз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/checklistrow.py" line="174"/>
        <source>Open report  (Enter)</source>
        <translation>Хабарламаны ашу  (Enter)</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../kzobserver/ui/recentmenu.py" line="21"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы журналдар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/recentmenu.py" line="23"/>
        <source>&amp;Clear list</source>
        <translation>Тізімді &amp;тазарту</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/recentmenu.py" line="52"/>
        <source>(missing)</source>
        <translation>(табылмады)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/recentmenu.py" line="56"/>
        <source>No recent logbooks</source>
        <translation>Соңғы журналдар жоқ</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="74"/>
        <source>… and {n} more rows in the report.</source>
        <translation>… және есепте тағы {n} жол бар.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="97"/>
        <location filename="../../kzobserver/ui/reportdialog.py" line="417"/>
        <source>New report</source>
        <translation>Жаңа есеп</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="106"/>
        <source>The format follows the file name you choose: .pdf or .html for the whole report, .csv or .xlsx for its tables (discrepancies, irregularities, evidence).</source>
        <translation>Пішім таңдалған файл атына қарай анықталады: .pdf немесе .html — толық есеп, .csv немесе .xlsx — оның кестелері (сәйкессіздіктер, бұзушылықтар, дәлелдер).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="122"/>
        <source>&amp;Preview</source>
        <translation>Алдын ала &amp;қарау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="127"/>
        <source>First pages</source>
        <translation>Алғашқы беттер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="128"/>
        <source>The whole report</source>
        <translation>Толық есеп</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="132"/>
        <source>Press Preview to see the report as it will read.</source>
        <translation>Есептің дайын түрін көру үшін «Алдын ала қарау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="153"/>
        <source>&amp;Create…</source>
        <translation>&amp;Жасау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="170"/>
        <source>Scope</source>
        <translation>Қамту аясы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="171"/>
        <source>The &amp;whole election</source>
        <translation>&amp;Бүкіл сайлау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="172"/>
        <source>A &amp;region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="173"/>
        <source>These &amp;stations:</source>
        <translation>&amp;Мына учаскелер:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="186"/>
        <source>numbers separated by commas: 12, 57, 301</source>
        <translation>үтір арқылы бөлінген нөмірлер: 12, 57, 301</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="196"/>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="214"/>
        <source>Charts (PDF and HTML)</source>
        <translation>Диаграммалар (PDF және HTML)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="218"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="219"/>
        <source>Source &amp;A:</source>
        <translation>&amp;A дереккөзі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="220"/>
        <source>Source &amp;B:</source>
        <translation>&amp;B дереккөзі:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="221"/>
        <source>Sections:</source>
        <translation>Бөлімдер:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="224"/>
        <source>Privacy</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="226"/>
        <source>Include &amp;names of witnesses and perpetrators, and do-not-publish evidence</source>
        <translation>Куәгерлер мен бұзушылардың &amp;есімдерін және «жарияламау» деп белгіленген дәлелдерді қосу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="232"/>
        <source>Left unticked, the report leaves out the names of witnesses and perpetrators, and the file names and pictures of evidence marked do-not-publish (their SHA-256 is still listed). Tick it only for a report that stays with your organisation or goes to a court: the cover will say it must not be published.</source>
        <translation>Белгіленбесе, есепке куәгерлер мен бұзушылардың есімдері, сондай-ақ «жарияламау» деп белгіленген дәлелдердің файл атаулары мен суреттері кірмейді (олардың SHA-256 мәні бәрібір көрсетіледі). Мұны тек ұйымыңызда қалатын немесе сотқа берілетін есеп үшін белгілеңіз: титул бетінде оны жариялауға болмайтыны жазылады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="295"/>
        <source>Choose a region.</source>
        <translation>Өңірді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="300"/>
        <source>Type the numbers of the stations to report on.</source>
        <translation>Есепке кіретін учаскелердің нөмірлерін теріңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="320"/>
        <location filename="../../kzobserver/ui/reportdialog.py" line="345"/>
        <location filename="../../kzobserver/ui/reportdialog.py" line="404"/>
        <source>Cannot make this report</source>
        <translation>Бұл есепті жасау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="338"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="339"/>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="342"/>
        <source>Preview cancelled.</source>
        <translation>Алдын ала қарау тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="360"/>
        <source>Preview of the whole report.</source>
        <translation>Бүкіл есепті алдын ала қарау.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="362"/>
        <source>Preview of the first pages; the file holds the whole report.</source>
        <translation>Алғашқы беттерді алдын ала қарау; файлға есеп толық жазылады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="374"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF есебі (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="375"/>
        <source>Web page (*.html)</source>
        <translation>Веб-бет (*.html)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="376"/>
        <source>Spreadsheet tables, CSV (*.csv)</source>
        <translation>CSV кестелері (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="377"/>
        <source>Spreadsheet workbook (*.xlsx)</source>
        <translation>Электрондық кесте кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="382"/>
        <source>Save the report as</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="418"/>
        <source>Writing {name}…</source>
        <translation>{name} жазылуда…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="422"/>
        <source>Cancelled: no file was written.</source>
        <translation>Тоқтатылды: ешбір файл жазылмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="426"/>
        <source>Cannot write the report</source>
        <translation>Есепті сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="429"/>
        <source>Written: {files}</source>
        <translation>Сақталды: {files}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="430"/>
        <source>Report written</source>
        <translation>Есеп сақталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reportdialog.py" line="430"/>
        <source>The report is in:</source>
        <translation>Есеп файлдары:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../kzobserver/cli/report.py" line="26"/>
        <source>give station numbers separated by commas</source>
        <translation>учаске нөмірлерін үтір арқылы көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/report.py" line="41"/>
        <source>“{name}” is not a section; choose from {sections}.</source>
        <translation>«{name}» — бөлім емес; мыналардан таңдаңыз: {sections}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/report.py" line="143"/>
        <source>Wrote {path} ({size} bytes, SHA-256 {sha256})</source>
        <translation>Жазылған файл: {path} ({size} байт, SHA-256 {sha256})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/report.py" line="149"/>
        <source>This report names witnesses and perpetrators and shows do-not-publish evidence: do not publish it.</source>
        <translation>Бұл есепте куәгерлер мен бұзушылардың есімдері бар және «жарияламау» деп белгіленген дәлелдер көрсетілген: оны жарияламаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="122"/>
        <source>Discrepancy report: {election}</source>
        <translation>Сәйкессіздіктер туралы есеп: {election}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="178"/>
        <location filename="../../kzobserver/reports/export.py" line="129"/>
        <source>Discrepancy report</source>
        <translation>Сәйкессіздіктер туралы есеп</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="186"/>
        <source>DEMO DATA: {n} of the stations in this report are synthetic demo stations, invented for trying the app, and so is every figure about them. This report is not evidence.</source>
        <translation>ДЕМО ДЕРЕКТЕР: осы есептегі синтетикалық демо учаскелер саны: {n}. Олар бағдарламамен танысу үшін ойдан шығарылған, олар туралы барлық деректер де солай. Бұл есеп дәлел болып табылмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="199"/>
        <source>(accreditation {number})</source>
        <translation>(аккредиттеу нөмірі {number})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="203"/>
        <source>INCLUDED at the author&apos;s request: names of witnesses and perpetrators, and the names and pictures of evidence marked do-not-publish. Do not publish this report.</source>
        <translation>Автордың өтініші бойынша ҚОСЫЛҒАН: куәгерлер мен бұзушылардың есімдері, сондай-ақ «жарияламау» деп белгіленген дәлелдердің атаулары мен суреттері. Бұл есепті жарияламаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="209"/>
        <source>Left out: names of witnesses and perpetrators, and the names and pictures of evidence marked do-not-publish (their SHA-256 is listed).</source>
        <translation>Қосылмаған: куәгерлер мен бұзушылардың есімдері, сондай-ақ «жарияламау» деп белгіленген дәлелдердің атаулары мен суреттері (олардың SHA-256 мәні көрсетілген).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="218"/>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="219"/>
        <source>Election day</source>
        <translation>Сайлау күні</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="220"/>
        <source>Contest</source>
        <translation>Сайлау түрі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="221"/>
        <source>Scope</source>
        <translation>Қамту аясы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="223"/>
        <source>Sources compared</source>
        <translation>Салыстырылған дереккөздер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="226"/>
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="228"/>
        <source>Made on</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="231"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="232"/>
        <source>Sensitive information</source>
        <translation>Құпия мәліметтер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="233"/>
        <source>Made with</source>
        <translation>Жасалған бағдарлама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="236"/>
        <source>Data sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="246"/>
        <source>Imported</source>
        <translation>Импортталған уақыты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="247"/>
        <source>What</source>
        <translation>Не</translation>
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
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="267"/>
        <source>The audit log records no imported file: the records were entered in the app.</source>
        <translation>Аудит журналында импортталған файл жоқ: жазбалар бағдарламада енгізілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="273"/>
        <source>Logbook file</source>
        <translation>Журнал файлы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="275"/>
        <source>Its SHA-256 when this report was made</source>
        <translation>Есеп жасалған кездегі SHA-256 мәні</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="279"/>
        <source>Its size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="284"/>
        <source>Another program had the logbook open, so its latest changes may not be in the file yet: the hash may not match a copy of the file made now.</source>
        <translation>Журнал басқа бағдарламада ашық болды, сондықтан соңғы өзгерістер файлға әлі жазылмаған болуы мүмкін: хеш қазір жасалған файл көшірмесімен сәйкес келмеуі мүмкін.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="292"/>
        <source>Every figure in this report names its station and source; each station&apos;s page names who recorded each record and when, and lists the evidence files by SHA-256.</source>
        <translation>Бұл есептегі әр көрсеткіштің учаскесі мен дереккөзі көрсетілген; әр учаскенің бетінде әр жазбаны кім және қашан жасағаны көрсетіліп, дәлел файлдары SHA-256 мәндерімен тізілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content.py" line="301"/>
        <source>Contents: {sections}.</source>
        <translation>Мазмұны: {sections}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="29"/>
        <source>inside</source>
        <translation>ішінде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="29"/>
        <source>OUTSIDE</source>
        <translation>СЫРТЫНДА</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="39"/>
        <source>Turnout, {area}</source>
        <translation>Қатысу, {area}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="46"/>
        <source>{name}: announced {announced} %, the sample gives {estimate} ± {margin} %.</source>
        <translation>{name}: жарияланғаны {announced} %, іріктеме бойынша {estimate} ± {margin} %.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="62"/>
        <location filename="../../kzobserver/reports/content_options.py" line="32"/>
        <source>Aggregate comparison</source>
        <translation>Жиынтық салыстыру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="65"/>
        <source>The stations recorded in {source} ({sampled} of {population}) are treated as a random sample of all stations ({kind}). For each contestant the sample gives an estimate of its share with a 95 % margin of error; the announced share is set against it. This section covers the whole election whatever the report&apos;s scope.</source>
        <translation>«{source}» жазбалары бар учаскелер ({population} ішінен {sampled}) барлық учаскелердің кездейсоқ іріктемесі ретінде қарастырылады ({kind}). Әр қатысушы үшін іріктеме оның үлесін 95 % сенімділікпен қателік шегі көрсетіліп бағалайды; жарияланған үлес осы бағамен салыстырылады. Есептің қамту аясына қарамастан, бұл бөлім бүкіл сайлауды қамтиды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="75"/>
        <source>stratified by region</source>
        <translation>өңірлер бойынша стратификацияланған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="77"/>
        <source>simple random sample</source>
        <translation>қарапайым кездейсоқ іріктеме</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="82"/>
        <source>No sample design is recorded for this logbook: the estimate assumes the observed stations were drawn at random. If they were not (observers went where they could), the margins understate the uncertainty.</source>
        <translation>Бұл журналда іріктеме жоспары жазылмаған: бағалау бақыланған учаскелер кездейсоқ таңдалған деп есептейді. Олай болмаса (бақылаушылар қайда бара алса, сонда барса), нақты белгісіздік көрсетілген қателік шектерінен үлкен.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="92"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="108"/>
        <source>Contestant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="93"/>
        <source>Sample estimate, %</source>
        <translation>Іріктеме бойынша баға, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="94"/>
        <source>± margin, pp</source>
        <translation>± қателік шегі, пайыздық пункт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="95"/>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="155"/>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="248"/>
        <source>Announced, %</source>
        <translation>Жарияланғаны, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="96"/>
        <source>Announced − estimate, pp</source>
        <translation>Жарияланғаны − баға, пайыздық пункт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="97"/>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="156"/>
        <source>In the 95 % interval</source>
        <translation>95 % аралығында</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="119"/>
        <source>* No share was announced: computed from the announced votes.</source>
        <translation>* Үлес жарияланбаған: жарияланған дауыстардан есептелді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="149"/>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="152"/>
        <source>Area</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="153"/>
        <source>Stations recorded</source>
        <translation>Жазбасы бар учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="154"/>
        <source>Estimate ± margin, %</source>
        <translation>Баға ± қателік шегі, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="184"/>
        <source>No estimate where fewer than 2 stations are recorded (stations recorded in brackets): {names}.</source>
        <translation>Жазбасы бар учаскелер 2-ден аз жерде баға жоқ (жазбасы бар учаскелер саны жақшада): {names}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="201"/>
        <source>Areas observed completely</source>
        <translation>Толық бақыланған аумақтар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="203"/>
        <source>Every station of these areas has a record, so their sums can be set against the announced totals directly, with no margin of error.</source>
        <translation>Бұл аумақтардың әр учаскесі бойынша жазба бар, сондықтан олардың қосындыларын жарияланған қорытындылармен тікелей, қателік шегінсіз салыстыруға болады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="212"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="49"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="210"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="213"/>
        <source>Sum of the records</source>
        <translation>Жазбалардың қосындысы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="214"/>
        <source>Announced</source>
        <translation>Жарияланғаны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="215"/>
        <source>Announced − sum</source>
        <translation>Жарияланғаны − қосынды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="218"/>
        <source>{area}: {n} stations</source>
        <translation>{area}: {n} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="241"/>
        <source>Headcounts and the announced turnout</source>
        <translation>Келушілерді санау және жарияланған қатысу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="245"/>
        <source>Announced at</source>
        <translation>Жарияланған уақыты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="246"/>
        <source>Stations counted</source>
        <translation>Санау жүргізілген учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="247"/>
        <source>Headcounts, %</source>
        <translation>Санау бойынша, %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="249"/>
        <source>Announced − headcounts, pp</source>
        <translation>Жарияланғаны − санау, пайыздық пункт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="277"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="46"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="99"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="150"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="62"/>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="278"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="47"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="100"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="194"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="63"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="143"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="279"/>
        <source>Headcount</source>
        <translation>Келушілерді санау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="280"/>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="281"/>
        <source>Issued − headcount</source>
        <translation>Берілгені − саналғаны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="284"/>
        <source>Stations where the ballots issued differ most from the headcount</source>
        <translation>Берілген бюллетеньдер саны келушілерді санау нәтижесінен ең көп ерекшеленетін учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="304"/>
        <source>The announced figures against themselves</source>
        <translation>Жарияланған деректердің ішкі сәйкестігі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="307"/>
        <source>Shares checked against the votes: {n}; inconsistent: {bad}.</source>
        <translation>Дауыстармен салыстырылған үлестер: {n}; сәйкес еместері: {bad}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="310"/>
        <source>Areas whose totals were checked: {n}; problems: {bad}.</source>
        <translation>Қорытындылары тексерілген аумақтар: {n}; мәселелісі: {bad}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="317"/>
        <source>{name}: announced share {published} %, but its {votes} votes make {computed} %.</source>
        <translation>{name}: жарияланған үлес {published} %, бірақ оның {votes} дауысы {computed} % құрайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="329"/>
        <source>National</source>
        <translation>Ел бойынша</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="334"/>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="335"/>
        <source>Announced votes</source>
        <translation>Жарияланған дауыстар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="336"/>
        <source>Announced seats</source>
        <translation>Жарияланған мандаттар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="337"/>
        <source>Largest remainder (Hare)</source>
        <translation>Ең үлкен қалдық (Хэйр квотасы)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="338"/>
        <source>D&apos;Hondt, for comparison</source>
        <translation>Д’Ондт, салыстыру үшін</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="358"/>
        <source>The announced seats are what the largest-remainder rule gives.</source>
        <translation>Жарияланған мандаттар ең үлкен қалдық ережесі бойынша бөлуге сәйкес келеді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_aggregate.py" line="363"/>
        <source>The announced seats differ from what the largest-remainder rule gives.</source>
        <translation>Жарияланған мандаттар ең үлкен қалдық ережесі бойынша бөлуден өзгеше.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="120"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="366"/>
        <source>unsigned</source>
        <translation>есімсіз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="134"/>
        <source>Stations {numbers}</source>
        <translation>Учаскелер: {numbers}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="138"/>
        <source>Region: {name}</source>
        <translation>Өңір: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="141"/>
        <source>The whole election</source>
        <translation>Бүкіл сайлау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="298"/>
        <source>There is no region “{code}”; the regions are: {codes}.</source>
        <translation>«{code}» өңірі жоқ; бар өңірлер: {codes}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_data.py" line="307"/>
        <source>This logbook has no station {numbers}.</source>
        <translation>Бұл журналда мына учаскелер жоқ: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="77"/>
        <source>Match</source>
        <translation>Сәйкес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="78"/>
        <source>Within tolerance</source>
        <translation>Рұқсат етілген ауытқу шегінде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="79"/>
        <source>Mismatch</source>
        <translation>Сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="80"/>
        <source>Missing in A</source>
        <translation>A ішінде жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="81"/>
        <source>Missing in B</source>
        <translation>B ішінде жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="82"/>
        <source>Missing in both</source>
        <translation>Екеуінде де жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="83"/>
        <source>Under review</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="84"/>
        <source>Excluded</source>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="85"/>
        <source>Confirmed with evidence</source>
        <translation>Дәлелмен расталған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_format.py" line="86"/>
        <source>Decision withdrawn</source>
        <translation>Шешім қайтарып алынды</translation>
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
        <translation>Негізгі қорытындылар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="33"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="47"/>
        <source>Discrepancy table</source>
        <translation>Сәйкессіздіктер кестесі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="34"/>
        <source>A page per flagged station</source>
        <translation>Белгіленген әр учаскеге бір бет</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="35"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="147"/>
        <source>Irregularity statistics</source>
        <translation>Бұзушылықтар статистикасы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="36"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="246"/>
        <source>Methodology and caveats</source>
        <translation>Әдістеме және шектеулер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="37"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="316"/>
        <source>Appendix: audit trail</source>
        <translation>Қосымша: аудит журналы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="62"/>
        <source>“{lang}” is not a report language; use {langs}.</source>
        <translation>«{lang}» — есеп тілі емес; мыналардың бірін қолданыңыз: {langs}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="69"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Белгісіз дереккөз «{source}»; мыналардың бірін қолданыңыз: {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="74"/>
        <source>Compare two different sources.</source>
        <translation>Екі түрлі дереккөзді салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_options.py" line="77"/>
        <source>Choose a region or a list of stations, not both.</source>
        <translation>Өңірді немесе учаскелер тізімін таңдаңыз, екеуін бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="48"/>
        <source>Line code</source>
        <translation>Жол коды</translation>
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
        <translation>Жол мәртебесі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="54"/>
        <source>Station status</source>
        <translation>Учаске мәртебесі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="55"/>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="56"/>
        <source>Review reason</source>
        <translation>Шешімнің себебі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="57"/>
        <source>A recorded by</source>
        <translation>A жазбасының авторы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="58"/>
        <source>A last changed</source>
        <translation>A соңғы өзгерісі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="59"/>
        <source>B recorded by</source>
        <translation>B жазбасының авторы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="60"/>
        <source>B last changed</source>
        <translation>B соңғы өзгерісі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="62"/>
        <source>discrepancies</source>
        <translation>сәйкессіздіктер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="98"/>
        <source>Report id</source>
        <translation>Хабарлама идентификаторы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="101"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="221"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="269"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="376"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="102"/>
        <source>Time (UTC)</source>
        <translation>Уақыт (UTC)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="103"/>
        <source>Category code</source>
        <translation>Санат коды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="104"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="160"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="222"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="270"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="105"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="271"/>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="106"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="274"/>
        <source>Follow-up</source>
        <translation>Қаралуы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="107"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="224"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="272"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="108"/>
        <source>Complaint filed</source>
        <translation>Шағым берілді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="109"/>
        <source>Complaint reference</source>
        <translation>Шағым нөмірі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="110"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="111"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="225"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="273"/>
        <source>Reported by</source>
        <translation>Хабарлама авторы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="112"/>
        <source>Submitted</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="116"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="279"/>
        <source>Perpetrator</source>
        <translation>Бұзушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="117"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="280"/>
        <source>Witnesses</source>
        <translation>Куәгерлер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="119"/>
        <source>irregularities</source>
        <translation>бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="120"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="162"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="120"/>
        <location filename="../../kzobserver/reports/content_rows.py" line="162"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="149"/>
        <source>Evidence id</source>
        <translation>Дәлел идентификаторы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="153"/>
        <source>Size, bytes</source>
        <translation>Өлшемі, байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="154"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="155"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="326"/>
        <source>Captured</source>
        <translation>Түсірілген уақыты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="156"/>
        <source>Do not publish</source>
        <translation>Жарияламау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="157"/>
        <source>Irregularity report</source>
        <translation>Бұзушылық туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="158"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="327"/>
        <source>Attached by</source>
        <translation>Кім тіркеген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_rows.py" line="160"/>
        <source>evidence</source>
        <translation>дәлелдер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="51"/>
        <source>Recorded only in A ({a})</source>
        <translation>Тек A ішінде жазылған ({a})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="52"/>
        <source>Recorded only in B ({b})</source>
        <translation>Тек B ішінде жазылған ({b})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="55"/>
        <source>Stations with records from both A and B</source>
        <translation>A мен B екеуінде де жазбасы бар учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="59"/>
        <source>Stations with a page in this report</source>
        <translation>Осы есепте жеке беті бар учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="63"/>
        <source>Stations where a control relation fails</source>
        <translation>Бақылау арақатынасы сәйкес келмейтін учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="67"/>
        <source>Irregularity reports (high or critical)</source>
        <translation>Бұзушылық туралы хабарламалар (маңыздылығы жоғары немесе сыни)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="70"/>
        <source>Evidence files</source>
        <translation>Дәлел файлдары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="76"/>
        <source>Status of the comparison</source>
        <translation>Салыстыру мәртебесі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="77"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="163"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="196"/>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="80"/>
        <source>Stations by status, B − A</source>
        <translation>Мәртебесі бойынша учаскелер, B − A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="94"/>
        <source>At the {n} stations whose records differ beyond the tolerance, B has {added} votes more and {removed} fewer than A for the contestants, and {issued} ballots issued. Net shift per contestant:</source>
        <translation>Жазбалары рұқсат етілген ауытқудан артық айырмашылығы бар {n} учаскеде B ішінде қатысушылардың дауыстары A-ға қарағанда {added} артық және {removed} кем, берілген бюллетеньдер бойынша айырма — {issued}. Қатысушылар бойынша таза ығысу:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="109"/>
        <source>Net votes, B − A</source>
        <translation>Дауыстардың таза ығысуы, B − A</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="120"/>
        <source>No station&apos;s records differ beyond the tolerance.</source>
        <translation>Жазбалары рұқсат етілген ауытқудан артық айырмашылығы бар учаске жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="125"/>
        <source>Announced figures outside the sample&apos;s 95 % interval:</source>
        <translation>Іріктеменің 95 % аралығынан тыс жарияланған көрсеткіштер:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="132"/>
        <source>Every announced figure lies inside the sample&apos;s 95 % interval.</source>
        <translation>Жарияланған көрсеткіштердің бәрі іріктеменің 95 % аралығының ішінде.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="149"/>
        <source>{n} irregularity reports in the scope (the current version of each report; amended reports count once).</source>
        <translation>Есепке кірген бұзушылық туралы хабарламалар: {n} (әр хабарламаның ағымдағы нұсқасы алынады; түзетілген хабарламалар бір рет есептеледі).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="161"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="195"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="209"/>
        <source>Reports</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="162"/>
        <source>High or critical</source>
        <translation>Жоғары немесе сыни</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="164"/>
        <source>Complaints filed</source>
        <translation>Берілген шағымдар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="167"/>
        <source>By category</source>
        <translation>Санаттар бойынша</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="199"/>
        <source>By region</source>
        <translation>Өңірлер бойынша</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="202"/>
        <source>Not at a known station</source>
        <translation>Белгілі учаскеден тыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="208"/>
        <source>Hour ({zone})</source>
        <translation>Сағат ({zone})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="212"/>
        <source>By hour of the day</source>
        <translation>Тәулік сағаттары бойынша</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="223"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="228"/>
        <source>Reports not tied to a station in this logbook</source>
        <translation>Осы журналдағы учаскеге байланыстырылмаған хабарламалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="248"/>
        <source>Sources. A is {a}, B is {b}. An observer&apos;s tally against the commission&apos;s protocol copy shows changes made at the station; the protocol copy against the official published figures shows changes made later, during tabulation. Each difference is B − A: a positive number is what B has more of.</source>
        <translation>Дереккөздер. A — {a}, B — {b}. Бақылаушының есебін хаттама көшірмесімен салыстыру учаскеде енгізілген өзгерістерді көрсетеді; хаттама көшірмесін ресми деректермен салыстыру кейінірек, нәтижелерді жинақтау кезінде енгізілген өзгерістерді көрсетеді. Әр айырма — B − A: оң сан B ішінде көп екенін білдіреді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="255"/>
        <source>Statuses. Match: both records have the line and it is equal. Mismatch: it differs by more than the tolerance (none unless stated). Missing: the line is empty on one side; an empty line is never taken as 0. A reviewer may put a station under review, confirm a difference with evidence, or exclude it with a reason; the computed status is kept beside the decision.</source>
        <translation>Мәртебелер. Сәйкес: жол екі жазбада да бар және мәндері тең. Сәйкессіздік: мәндердің айырмасы рұқсат етілген ауытқудан асады (өзгеше көрсетілмесе, ауытқу нөлге тең). Дерек жоқ: жол бір жақта бос; бос жол ешқашан 0 деп есептелмейді. Тексеруші учаскені тексеруге алуы, айырмашылықты дәлелмен растауы немесе себебін көрсетіп, учаскені алып тастауы мүмкін; есептелген мәртебе шешіммен қатар сақталады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="263"/>
        <source>Where several observers recorded the same station, the record changed last is compared. Net shift sums B − A per contestant over the stations that differ beyond the tolerance, leaving out the stations a reviewer excluded.</source>
        <translation>Бір учаскені бірнеше бақылаушы жазған болса, соңғы өзгертілген жазба салыстырылады. Таза ығысу — айырмашылығы рұқсат етілген ауытқудан асатын учаскелер бойынша әр қатысушы үшін B − A қосындысы; тексеруші алып тастаған учаскелер есепке алынбайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="269"/>
        <source>Control relations are the protocol&apos;s own arithmetic (ballots issued no more than voters on the list, ballots in the boxes equal to invalid plus the votes, and so on). Official data always satisfy them, because the tabulation system enforces them, so internal checks alone never expose a falsification: the comparison between sources does.</source>
        <translation>Бақылау арақатынастары — хаттаманың өз арифметикасы (берілген бюллетеньдер тізімдегі сайлаушылардан көп емес, жәшіктердегі бюллетеньдер жарамсыз бюллетеньдер мен дауыстардың қосындысына тең және т. б.). Ресми деректер оларға әрқашан сәйкес келеді, себебі мұны нәтижелерді жинақтау жүйесі талап етеді; сондықтан ішкі тексерулердің өзі бұрмалауды ешқашан анықтамайды: оны дереккөздерді салыстыру анықтайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="277"/>
        <source>Sample estimates. The stations observed are treated as a random sample (stratified by region when a sample design is recorded). Shares and turnout are ratio estimates with a 95 % margin of error that includes the finite-population correction. The interval covers the true figure in about 95 of 100 samples, so an announced figure outside it is unlikely but not impossible by chance. Stations the observers chose themselves, or could not reach, are not a random sample, and stations with an incomplete record are left out as if missing at random.</source>
        <translation>Іріктеме бағалаулары. Бақыланған учаскелер кездейсоқ іріктеме ретінде қарастырылады (іріктеме жоспары жазылған болса, өңірлер бойынша стратификацияланған). Үлестер мен қатысу — шекті жиынтыққа түзетуді ескеретін 95 % қателік шегі бар қатынас бағалаулары. Аралық шынайы мәнді 100 іріктеменің шамамен 95-інде қамтиды, сондықтан аралықтан тыс жарияланған көрсеткіш екіталай, бірақ кездейсоқ та болуы мүмкін. Бақылаушылар өздері таңдаған немесе жете алмаған учаскелер кездейсоқ іріктеме емес, ал жазбасы толық емес учаскелер деректері кездейсоқ жоқ деп саналып, есепке алынбайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="287"/>
        <source>Headcounts are the voters an observer saw entering; they are compared with the turnout announced at the nearest time and with the ballots issued. Voting at home (the mobile box) is not seen at the station.</source>
        <translation>Келушілерді санау — бақылаушы кіргенін көрген сайлаушылар саны; ол ең жақын уақытқа жарияланған қатысумен және берілген бюллетеньдермен салыстырылады. Үйде дауыс беру (көшпелі жәшік) учаскеде көрінбейді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="293"/>
        <source>These are signals for follow-up, not proof. A difference can come from a copying or typing error, a late correction or a misread figure; an announced figure outside an interval can be chance. Each finding should be checked against the protocol copy, the evidence listed with its SHA-256, and the people who recorded it.</source>
        <translation>Бұл — түпкілікті дәлел емес, әрі қарай тексеруге арналған белгілер. Айырмашылық көшіру не теру қатесінен, кейінгі түзетуден немесе қате оқылған саннан туындауы мүмкін; аралықтан тыс жарияланған көрсеткіш кездейсоқ болуы мүмкін. Әр анықталған фактіні хаттама көшірмесімен, SHA-256 мәндерімен көрсетілген дәлелдермен және оны жазған адамдармен салыстырып тексеру керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="301"/>
        <source>Times are given in this computer&apos;s time zone with its offset from UTC. SHA-256 hashes let anyone holding a file check that it is the one recorded here.</source>
        <translation>Уақыт осы компьютердің сағат белдеуімен, UTC-тен ығысуымен қоса көрсетілген. SHA-256 хэштері файлы бар кез келген адамға оның дәл осында тіркелген файл екенін тексеруге мүмкіндік береді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="318"/>
        <source>The logbook keeps an append-only log of imports, reviews and other changes, chained by SHA-256 per device so that an entry changed or deleted outside the app is detected.</source>
        <translation>Журнал импорттардың, тексерулердің және басқа өзгерістердің тарихын сақтайды, оған тек жаңа жазба қосуға болады; әр құрылғының жазбалары SHA-256 арқылы тізбекке байланыстырылған, сондықтан бағдарламадан тыс өзгертілген не жойылған жазба анықталады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="326"/>
        <source>passed: every entry matches its hash and every chain is whole</source>
        <translation>өтті: әр жазба өз хэшіне сәйкес, барлық тізбек бүтін</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="328"/>
        <source>FAILED: {n} problems</source>
        <translation>ӨТПЕДІ: {n} ақау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="334"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="347"/>
        <location filename="../../kzobserver/reports/content_sections.py" line="360"/>
        <source>Entries</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="335"/>
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="336"/>
        <source>First entry</source>
        <translation>Алғашқы жазба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="337"/>
        <source>Last entry</source>
        <translation>Соңғы жазба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="338"/>
        <source>Audit verification</source>
        <translation>Аудит журналын тексеру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="346"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="350"/>
        <source>Entries by action</source>
        <translation>Әрекеттер бойынша жазбалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="359"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="363"/>
        <source>Entries by author</source>
        <translation>Авторлар бойынша жазбалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="371"/>
        <source>The latest hash of each device&apos;s chain; compare it with one noted elsewhere earlier to detect a log rewritten from some entry onwards:</source>
        <translation>Әр құрылғы тізбегінің соңғы хэші; қандай да бір жазбадан бастап қайта жазылған тарихты анықтау үшін оны бұрын басқа жерде жазып алынған хэшпен салыстырыңыз:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="379"/>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_sections.py" line="380"/>
        <source>Latest hash</source>
        <translation>Соңғы хэш</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="49"/>
        <source>Every station whose records from A ({a}) and B ({b}) differ, or on which a reviewer decided, worst first: the largest difference on any line, then the status. A difference is B − A.</source>
        <translation>A ({a}) мен B ({b}) жазбалары сәйкес келмейтін немесе тексеруші шешім қабылдаған барлық учаскелер, ең күрделісінен бастап: алдымен кез келген жолдағы ең үлкен айырма, содан кейін мәртебе бойынша. Айырма — B − A.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="57"/>
        <source>No station&apos;s records differ.</source>
        <translation>Жазбалары сәйкес келмейтін учаске жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="64"/>
        <source>Largest difference</source>
        <translation>Ең үлкен айырма</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="65"/>
        <source>On line</source>
        <translation>Жолы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="66"/>
        <source>Gained / lost in B</source>
        <translation>B ішінде ұтқаны / ұтылғаны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="67"/>
        <source>Status, review</source>
        <translation>Мәртебе, тексеру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="101"/>
        <source>Flagged stations</source>
        <translation>Белгіленген учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="103"/>
        <source>{n} stations: a difference beyond the tolerance or a reviewer&apos;s decision, a failed control relation, or an irregularity report. Each page shows the station&apos;s records line by line, who recorded them and when.</source>
        <translation>{n} учаске: рұқсат етілген ауытқудан асатын айырмашылық немесе тексеруші шешімі, сәйкес келмеген бақылау арақатынасы немесе бұзушылық туралы хабарлама бар. Әр бетте учаскенің жазбалары жол-жолымен, оларды кім және қашан жазғанымен бірге көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="141"/>
        <source>Station {number}</source>
        <translation>№ {number} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="147"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="149"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="151"/>
        <source>Registered voters</source>
        <translation>Тіркелген сайлаушылар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="156"/>
        <source>Comparison</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="164"/>
        <source>Review decision</source>
        <translation>Тексеру шешімі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="181"/>
        <source>recorded by {name}</source>
        <translation>жазған: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="185"/>
        <source>entered or imported by {name}</source>
        <translation>енгізген не импорттаған: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="188"/>
        <source>{source}: {who}, last changed {time}</source>
        <translation>{source}: {who}, соңғы өзгеріс: {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="199"/>
        <source>Where a source has several records, the latest changed one is compared.</source>
        <translation>Дереккөзде бірнеше жазба болса, соңғы өзгертілгені салыстырылады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="214"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="245"/>
        <source>Control relations that fail</source>
        <translation>Сәйкес келмейтін бақылау арақатынастары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="248"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="249"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="250"/>
        <source>What the numbers say</source>
        <translation>Сандар не көрсетеді</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="260"/>
        <source>verified by a reviewer</source>
        <translation>тексеруші растаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="267"/>
        <source>Irregularities, in time order</source>
        <translation>Бұзушылықтар, уақыт ретімен</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="286"/>
        <source>(amended, version {n})</source>
        <translation>(түзетілген, {n}-нұсқа)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="301"/>
        <source>Names of perpetrators and witnesses are recorded but left out of this report.</source>
        <translation>Бұзушылар мен куәгерлердің есімдері жазылған, бірақ бұл есепке енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="311"/>
        <source>withheld: do not publish</source>
        <translation>жасырылған: жарияламау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="319"/>
        <location filename="../../kzobserver/reports/content_stations.py" line="380"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="325"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="336"/>
        <source>do not publish</source>
        <translation>жарияламау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="358"/>
        <source>Photos {labels}, left to right</source>
        <translation>{labels} фотолары, солдан оңға қарай</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="363"/>
        <source>Files marked do-not-publish are listed by their SHA-256 only, without their name or picture.</source>
        <translation>«Жарияламау» деп белгіленген файлдар атауы мен суретінсіз, тек SHA-256 мәнімен көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="373"/>
        <source>Review decisions</source>
        <translation>Тексеру шешімдері</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="377"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="378"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/content_stations.py" line="379"/>
        <source>Reviewer</source>
        <translation>Тексеруші</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/document.py" line="240"/>
        <source>{path} is a folder; choose a file name for the report.</source>
        <translation>{path} — қалта; есеп үшін файл атын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/document.py" line="250"/>
        <source>Cannot write the report to {path}: {reason}</source>
        <translation>Есепті {path} файлына жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/export.py" line="44"/>
        <source>Cannot tell the format from “{name}”: name the file .pdf, .html, .csv or .xlsx.</source>
        <translation>«{name}» атауынан пішімді анықтау мүмкін емес: файл атауын .pdf, .html, .csv немесе .xlsx деп аяқтаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/export.py" line="115"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/fonts.py" line="55"/>
        <source>The report font DejaVu Sans was not found (looked in {folder}); reinstall kzobserver.</source>
        <translation>Есептің DejaVu Sans қарпі табылмады ({folder} ішінен ізделді); kzobserver-ді қайта орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/pdf.py" line="296"/>
        <source>page {page} of {pages}</source>
        <translation>{page}-бет, барлығы {pages}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/tables.py" line="126"/>
        <source>Table {number}</source>
        <translation>{number}-кесте</translation>
    </message>
    <message>
        <location filename="../../kzobserver/reports/tables.py" line="193"/>
        <source>The report has no table to export.</source>
        <translation>Есепте экспорттайтын кесте жоқ.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="64"/>
        <source>Mark line {number} as verified</source>
        <translation>{number}-жолды растау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="67"/>
        <source>Confirm that the protocol really says {value} on line {number} ({label}). A relation that fails only because of confirmed lines is shown as verified: a finding, not a typing slip.</source>
        <translation>Хаттаманың {number}-жолында ({label}) шынымен {value} жазылғанын растаңыз. Тек расталған жолдар себебінен сәйкес келмейтін арақатынас расталған болып көрсетіледі: бұл қате теру емес, анықталған факт.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="73"/>
        <source>Withdraw the verification of line {number}</source>
        <translation>{number}-жолдың растауын қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="75"/>
        <source>Line {number} ({label}, {value}) will count as unconfirmed again.</source>
        <translation>{number}-жол ({label}, {value}) қайтадан расталмаған болып есептеледі.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="83"/>
        <source>e.g. checked against the photo of the protocol</source>
        <translation>мысалы, хаттаманың фотосымен салыстырылды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="85"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="88"/>
        <source>Reviewer</source>
        <translation>Тексеруші</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolreview.py" line="89"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="60"/>
        <source>There is no station {number} in this logbook.</source>
        <translation>Бұл журналда № {number} учаске жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="137"/>
        <source>Station {station} ({a} vs {b}, {contest}): {status}, by {reviewer}.</source>
        <translation>{station} учаскесі ({a} мен {b}, {contest}): {status}, тексеруші: {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="149"/>
        <source>Reason: {reason}</source>
        <translation>Себебі: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="152"/>
        <source>Evidence: {ids}</source>
        <translation>Дәлелдер: {ids}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="156"/>
        <source>Earlier decisions: {earlier}.</source>
        <translation>Бұрынғы шешімдер: {earlier}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="186"/>
        <source>  evidence: {ids}</source>
        <translation>  дәлелдер: {ids}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/cli/review.py" line="190"/>
        <source>{n} decision(s) in force for {a} vs {b} ({contest}).</source>
        <translation>{a} мен {b} бойынша күшіндегі шешімдер ({contest}): {n}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="52"/>
        <source>Unknown source “{source}”; use {sources}.</source>
        <translation>Белгісіз дереккөз «{source}»; мыналардың бірін қолданыңыз: {sources}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="57"/>
        <source>A review compares two different sources.</source>
        <translation>Тексеру екі түрлі дереккөзді салыстырады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="67"/>
        <source>Who is reviewing? Choose yourself as the current observer (File → Observers…, or kzobserver observers add --current) or give the reviewer&apos;s name.</source>
        <translation>Кім тексеріп жатыр? Өзіңізді ағымдағы бақылаушы ретінде таңдаңыз (Файл → Бақылаушылар… немесе kzobserver observers add --current) не тексерушінің атын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="87"/>
        <source>There is no evidence with id {ids} in this logbook.</source>
        <translation>Бұл журналда {ids} идентификаторы бар дәлел жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="125"/>
        <source>“{status}” is not a review decision; use {states}.</source>
        <translation>«{status}» — тексеру шешімі емес; мыналардың бірін қолданыңыз: {states}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_reviews.py" line="132"/>
        <source>There is no such contest in this logbook.</source>
        <translation>Бұл журналда мұндай сайлау түрі жоқ.</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="150"/>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="196"/>
        <source>Cannot be checked until these are filled in: {lines}</source>
        <translation>Мына жолдар толтырылмайынша тексеру мүмкін емес: {lines}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="282"/>
        <source>Within the tolerance of {allowance}: {message}</source>
        <translation>Рұқсат етілген ауытқу ({allowance}) шегінде: {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="284"/>
        <source>Verified by a reviewer: {message}</source>
        <translation>Тексеруші растаған: {message}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="292"/>
        <source>Holds.</source>
        <translation>Сәйкес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="294"/>
        <source>Holds: {lhs} {op} {rhs}</source>
        <translation>Сәйкес: {lhs} {op} {rhs}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="311"/>
        <source>The condition {condition} holds: {values}</source>
        <translation>{condition} шарты орындалды: {values}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/domain/rules.py" line="313"/>
        <source>{left} {lhs} {op} {right} {rhs}: a difference of {gap}</source>
        <translation>{left} {lhs} {op} {right} {rhs}: айырма {gap}</translation>
    </message>
</context>
<context>
    <name>SampleDesign</name>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="52"/>
        <source>The election has no stations in this logbook to draw a sample from.</source>
        <translation>Бұл журналда сайлаудың іріктеме жасауға болатын учаскелері жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="74"/>
        <location filename="../../kzobserver/storage/sample_design.py" line="185"/>
        <source>This logbook has no election yet.</source>
        <translation>Бұл журналда әлі сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="77"/>
        <source>Unknown sample design “{kind}”; use {kinds}.</source>
        <translation>Белгісіз іріктеме жоспары «{kind}»; мыналардың бірін қолданыңыз: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="108"/>
        <source>The stratum sizes name no region: give at least one.</source>
        <translation>Страта өлшемдерінде бірде-бір өңір көрсетілмеген: кемінде біреуін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="115"/>
        <location filename="../../kzobserver/storage/sample_design.py" line="209"/>
        <source>There is no region “{region}” in this election.</source>
        <translation>Бұл сайлауда «{region}» өңірі жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="121"/>
        <source>Region “{region}” must have at least 1 station, not {size}.</source>
        <translation>«{region}» өңірінде {size} емес, кемінде 1 учаске болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="197"/>
        <source>The file needs two columns: the region and its number of stations.</source>
        <translation>Файлда екі баған болуы керек: өңір және ондағы учаскелер саны.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="221"/>
        <source>“{value}” is not a number of stations (1 or more).</source>
        <translation>«{value}» — учаскелер саны емес (1 немесе одан көп болуы керек).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="231"/>
        <source>Region “{region}” is listed twice.</source>
        <translation>«{region}» өңірі екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/sample_design.py" line="243"/>
        <source>The file lists no region.</source>
        <translation>Файлда бірде-бір өңір көрсетілмеген.</translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="31"/>
        <source>{value} points</source>
        <translation>{value} пайыздық пункт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="40"/>
        <source>not announced</source>
        <translation>жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="42"/>
        <source>national</source>
        <translation>ел бойынша</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="45"/>
        <source>{percent} at {time} ({where})</source>
        <translation>{percent}, {time} ({where})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="63"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="64"/>
        <source>Counted</source>
        <translation>Саналды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="65"/>
        <source>% of registered</source>
        <translation>Тіркелгендердің %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="66"/>
        <source>Announced turnout</source>
        <translation>Жарияланған қатысу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="67"/>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/headcounttable.py" line="87"/>
        <source>Announced {minutes} min from the snapshot</source>
        <translation>Тіркеу уақытынан {minutes} мин айырмамен жарияланған</translation>
    </message>
</context>
<context>
    <name>SourcesComparison</name>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="259"/>
        <source>Each line is compared with the first record that has a value for it (yellow); a red cell differs from it by the number in brackets. — means not entered.</source>
        <translation>Әр жол өзі толтырылған бірінші жазбамен салыстырылады (сары); қызыл ұяшықтың одан айырмасы жақшада көрсетілген. — «енгізілмеген» дегенді білдіреді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="286"/>
        <source>This contest is not in the logbook.</source>
        <translation>Бұл сайлау түрі журналда жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="304"/>
        <source>Nothing entered for this station and contest yet.</source>
        <translation>Бұл учаске мен сайлау түрі бойынша әзірге ештеңе енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="306"/>
        <source>One record so far: enter another source to compare it with.</source>
        <translation>Әзірге бір жазба бар: салыстыру үшін басқа дереккөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="309"/>
        <source>The records agree on every line they have in common.</source>
        <translation>Жазбалар барлық ортақ жолдарда сәйкес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="313"/>
        <source>1 line differs between the records.</source>
        <translation>Жазбалар 1 жолда сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="314"/>
        <source>{n} lines differ between the records.</source>
        <translation>Жазбалар {n} жолда сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="326"/>
        <source>{n} records of “{source}”: {state}.</source>
        <translation>«{source}» жазбалары: {n}, {state}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="329"/>
        <source>they agree</source>
        <translation>олар сәйкес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="333"/>
        <source>they conflict on 1 line</source>
        <translation>олар 1 жолда қайшы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/protocolcompare.py" line="334"/>
        <source>they conflict on {n} lines</source>
        <translation>олар {n} жолда қайшы</translation>
    </message>
</context>
<context>
    <name>StationDetail</name>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="58"/>
        <source>Choose a station in the table to see its records side by side. Enter opens the station.</source>
        <translation>Жазбаларын қатар көру үшін кестеден учаскені таңдаңыз. Enter учаскені ашады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="74"/>
        <source>&amp;Under review…</source>
        <translation>&amp;Тексеруге алу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="75"/>
        <source>Co&amp;nfirm…</source>
        <translation>&amp;Растау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="76"/>
        <source>E&amp;xclude…</source>
        <translation>&amp;Алып тастау…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="77"/>
        <source>Cl&amp;ear…</source>
        <translation>&amp;Қайтарып алу…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="98"/>
        <source>Records side by side</source>
        <translation>Жазбалар қатар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="99"/>
        <source>Review history</source>
        <translation>Тексеру тарихы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="129"/>
        <source>Station № {number}</source>
        <translation>№ {number} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="165"/>
        <source>No decision yet.</source>
        <translation>Әзірге шешім жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="166"/>
        <source>Review history ({n})</source>
        <translation>Тексеру тарихы ({n})</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="169"/>
        <source>No decision in force.</source>
        <translation>Күшіндегі шешім жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="173"/>
        <source>{decision} by {reviewer} on {when}: {reason}</source>
        <translation>{decision} ({reviewer}, {when}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="211"/>
        <source>{status}: {b} (B) against {a} (A).</source>
        <translation>{status}: {b} (B) {a} (A) дерегімен салыстырылды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="216"/>
        <source>Largest difference {diff} on line {line}.</source>
        <translation>Ең үлкен айырма {diff} — «{line}» жолында.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/discrepancydetail.py" line="220"/>
        <source>{name} gains {n} in B.</source>
        <translation>{name} B ішінде ұтады: {n}.</translation>
    </message>
</context>
<context>
    <name>StationImport</name>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="85"/>
        <source>Station number</source>
        <translation>Учаске нөмірі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="86"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="87"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="88"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="89"/>
        <source>Registered voters</source>
        <translation>Тіркелген сайлаушылар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="90"/>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="91"/>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="126"/>
        <source>Unknown field “{field}”; the fields are: {fields}.</source>
        <translation>Белгісіз өріс «{field}»; бар өрістер: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="134"/>
        <source>There is no column “{column}”; the columns are: {found}.</source>
        <translation>«{column}» бағаны жоқ; бар бағандар: {found}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="172"/>
        <source>Registered voters must be a whole number, not “{value}”.</source>
        <translation>Тіркелген сайлаушылар саны «{value}» емес, бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="180"/>
        <source>Registered voters cannot be negative ({value}).</source>
        <translation>Тіркелген сайлаушылар саны теріс бола алмайды ({value}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="186"/>
        <source>{value} registered voters is not plausible for one station (at most {limit}).</source>
        <translation>Бір учаске үшін {value} тіркелген сайлаушы — нанымсыз сан (ең көбі {limit}).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="210"/>
        <source>{field} must be a number of degrees from -{limit} to {limit}, not “{value}”.</source>
        <translation>{field}: «{value}» емес, -{limit} мен {limit} аралығындағы градус саны болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="232"/>
        <source>This logbook has no election yet, so stations cannot be imported into it. Create the logbook for an election first.</source>
        <translation>Бұл журналда әлі сайлау жоқ, сондықтан оған учаскелерді импорттау мүмкін емес. Алдымен сайлауға арналған журнал жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="267"/>
        <source>“{value}” is not a station number.</source>
        <translation>«{value}» — учаске нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="269"/>
        <source>The station number is empty.</source>
        <translation>Учаске нөмірі бос.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="276"/>
        <source>Station number {number} is on rows {first} and {row}.</source>
        <translation>{number} учаске нөмірі {first} және {row} жолдарында қайталанады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="289"/>
        <source>The district “{district}” needs a region; this row has none.</source>
        <translation>«{district}» ауданы үшін өңір керек; бұл жолда ол жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="333"/>
        <source>Unknown region “{value}”.</source>
        <translation>Белгісіз өңір «{value}».</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="336"/>
        <source>Unknown region “{value}”. Write a region&apos;s code or its name in Kazakh, Russian or English; the codes are: {codes}.</source>
        <translation>Белгісіз өңір «{value}». Өңірдің кодын немесе атауын қазақ, орыс не ағылшын тілінде жазыңыз; кодтар: {codes}.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="353"/>
        <source>No column for the {field} was found. The columns in the file are: {found}. Rename the column (for example to “{example}”) or choose it by hand (on the command line: --map {example}=COLUMN).</source>
        <translation>«{field}» бағаны табылмады. Файлдағы бағандар: {found}. Бағанның атын өзгертіңіз (мысалы, «{example}» деп) немесе оны қолмен таңдаңыз (командалық жолда: --map {example}=БАҒАН).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="368"/>
        <source>The file has no stations below the header row.</source>
        <translation>Файлда тақырып жолынан кейін учаскелер жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/station_import.py" line="404"/>
        <source>Checking stopped after {n} problems; fix these first.</source>
        <translation>Тексеру {n} қатеден кейін тоқтатылды; алдымен соларды түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>StationMenu</name>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="26"/>
        <source>&amp;Station</source>
        <translation>&amp;Учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="31"/>
        <source>&amp;Checklists</source>
        <translation>&amp;Бақылау парақтары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="32"/>
        <source>&amp;Headcount</source>
        <translation>&amp;Келушілерді санау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="33"/>
        <source>&amp;Irregularity reports</source>
        <translation>Бұзушылық х&amp;абарламалары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="34"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Дәлелдер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="35"/>
        <source>&amp;Timeline</source>
        <translation>Х&amp;ронология</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="40"/>
        <source>&amp;New irregularity report…</source>
        <translation>&amp;Жаңа бұзушылық туралы хабарлама…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="48"/>
        <source>Stations I have &amp;been at…</source>
        <translation>Мен болған &amp;учаскелер…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="50"/>
        <source>&amp;Observers…</source>
        <translation>&amp;Бақылаушылар…</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmenu.py" line="53"/>
        <source>&amp;Verify evidence…</source>
        <translation>&amp;Дәлелдерді тексеру…</translation>
    </message>
</context>
<context>
    <name>StationNavigator</name>
    <message>
        <location filename="../../kzobserver/ui/navigator.py" line="44"/>
        <source>Station number or address (Ctrl+F)</source>
        <translation>Учаске нөмірі не мекенжай (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/navigator.py" line="46"/>
        <source>Type a station number or part of an address. Down: into the list; Esc: clear.</source>
        <translation>Учаске нөмірін немесе мекенжайдың бір бөлігін теріңіз. Төмен көрсеткісі — тізімге; Esc — тазарту.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/navigator.py" line="49"/>
        <source>Search stations</source>
        <translation>Учаскелерді іздеу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/navigator.py" line="61"/>
        <source>Polling stations by region</source>
        <translation>Өңірлер бойынша сайлау учаскелері</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/navigator.py" line="122"/>
        <source>{shown} of {total} stations</source>
        <translation>
            <numerusform>{shown} / {total} учаске</numerusform>
            <numerusform>{shown} / {total} учаске</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kzobserver/ui/navigator.py" line="127"/>
        <source>{total} stations</source>
        <translation>
            <numerusform>{total} учаске</numerusform>
            <numerusform>{total} учаске</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="36"/>
        <source>SYNTHETIC DEMO STATION — not a real polling station</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕМО УЧАСКЕ — нақты сайлау учаскесі емес</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="53"/>
        <source>Station facts</source>
        <translation>Учаске туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="61"/>
        <source>Station number</source>
        <translation>Учаске нөмірі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="62"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="63"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="64"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="65"/>
        <source>Registered voters</source>
        <translation>Тіркелген сайлаушылар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="66"/>
        <source>Coordinates</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="67"/>
        <source>Abroad</source>
        <translation>Шетелде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="68"/>
        <source>Contests</source>
        <translation>Сайлау түрлері</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="69"/>
        <source>Added to the logbook</source>
        <translation>Журналға қосылған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="70"/>
        <source>Last changed</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="86"/>
        <source>Station № {number}</source>
        <translation>№ {number} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="88"/>
        <source>No region recorded</source>
        <translation>Өңір көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="91"/>
        <location filename="../../kzobserver/ui/stationpage.py" line="97"/>
        <location filename="../../kzobserver/ui/stationpage.py" line="104"/>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="105"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="105"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationpage.py" line="108"/>
        <source>none recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>StationReview</name>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="45"/>
        <source>Under review</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="46"/>
        <source>Confirmed</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="47"/>
        <source>Excluded</source>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="48"/>
        <source>Cleared</source>
        <translation>Қайтарып алынды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="66"/>
        <source>{when} · {decision} · {reviewer}</source>
        <translation>{when} · {decision} · {reviewer}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="76"/>
        <source>1 evidence file</source>
        <translation>1 дәлел файлы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="78"/>
        <source>{n} evidence files</source>
        <translation>{n} дәлел файлы</translation>
    </message>
</context>
<context>
    <name>StationReviewDialog</name>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="105"/>
        <source>Review station № {number}</source>
        <translation>№ {number} учаскені тексеру</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="109"/>
        <source>{b} (B) against {a} (A).</source>
        <translation>{b} (B) {a} (A) дерегімен салыстырылады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="117"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="121"/>
        <source>&amp;Under review</source>
        <translation>&amp;Тексерілуде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="122"/>
        <source>Co&amp;nfirmed</source>
        <translation>&amp;Расталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="123"/>
        <source>E&amp;xcluded</source>
        <translation>&amp;Алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="124"/>
        <source>Cl&amp;eared (withdraw the decision)</source>
        <translation>&amp;Қайтарып алынды (шешімнен бас тарту)</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="137"/>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="142"/>
        <source>E&amp;vidence that confirms the difference</source>
        <translation>Айырмашылықты растайтын &amp;дәлелдер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="146"/>
        <source>No evidence files are attached to this station. Attach the photo of the protocol copy on the station&apos;s Evidence tab first.</source>
        <translation>Бұл учаскеге бірде-бір дәлел файлы тіркелмеген. Алдымен учаскенің «Дәлелдер» қойындысында хаттама көшірмесінің фотосын тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="157"/>
        <source>SHA-256 {hash}</source>
        <translation>SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="167"/>
        <source>No decision yet.</source>
        <translation>Әзірге шешім жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="189"/>
        <source>Earlier decisions</source>
        <translation>Бұрынғы шешімдер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="219"/>
        <source>Required: why is this station left out of the totals?</source>
        <translation>Міндетті: бұл учаске неге қорытындыдан алынып тасталады?</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="221"/>
        <source>What was found, what is being checked</source>
        <translation>Не анықталды, не тексерілуде</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="235"/>
        <source>Say why the station is excluded.</source>
        <translation>Учаскенің неге алынып тасталғанын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/reviewdialog.py" line="239"/>
        <source>Tick at least one evidence file that confirms the difference.</source>
        <translation>Айырмашылықты растайтын кемінде бір дәлел файлын белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>StationTreeModel</name>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="83"/>
        <source>Without a region</source>
        <translation>Өңірсіз</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="206"/>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="221"/>
        <source>Station № {number}</source>
        <translation>№ {number} учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="225"/>
        <source>{voters} registered voters</source>
        <translation>{voters} тіркелген сайлаушы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationmodel.py" line="229"/>
        <source>Synthetic demo station, not a real polling station</source>
        <translation>Синтетикалық демо учаске, нақты сайлау учаскесі емес</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="75"/>
        <source>&amp;Station</source>
        <translation>&amp;Учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="78"/>
        <source>&amp;Checklists</source>
        <translation>&amp;Бақылау парақтары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="79"/>
        <source>&amp;Headcount</source>
        <translation>Келушілерді &amp;санау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="80"/>
        <source>&amp;Irregularities</source>
        <translation>Б&amp;ұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="81"/>
        <source>&amp;Protocols</source>
        <translation>&amp;Хаттамалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/stationview.py" line="82"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Дәлелдер</translation>
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
        <translation>Мен болған учаскелер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="299"/>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="300"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="301"/>
        <source>First arrival</source>
        <translation>Алғаш келген уақыты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="302"/>
        <source>Last departure</source>
        <translation>Соңғы кеткен уақыты</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="303"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="312"/>
        <source>The stations you have been at, in the order you first arrived. Press Enter or double-click to open one.</source>
        <translation>Сіз болған учаскелер, алғаш келген ретіңізбен. Учаскені ашу үшін Enter басыңыз немесе екі рет шертіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="320"/>
        <source>You have not recorded an arrival at any station yet.</source>
        <translation>Сіз әлі ешбір учаскеге келгеніңізді тіркемегенсіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="322"/>
        <source>&amp;Open station</source>
        <translation>Учаскені &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="345"/>
        <source>№ {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="349"/>
        <source>here now</source>
        <translation>қазір осында</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="203"/>
        <source>Change the follow-up status</source>
        <translation>Қаралу мәртебесін өзгерту</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="206"/>
        <source>The status is about what happens next with the report; its text stays as it is. Every change is kept in the report&apos;s history.</source>
        <translation>Мәртебе хабарламамен әрі қарай не болатынын көрсетеді; оның мәтіні өзгермейді. Әр өзгеріс хабарлама тарихында сақталады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="225"/>
        <source>&amp;Status</source>
        <translation>&amp;Мәртебе</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="226"/>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="246"/>
        <source>required: why is the report excluded?</source>
        <translation>міндетті: хабарлама неге алып тасталды?</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/incidentdialogs.py" line="248"/>
        <source>optional, e.g. the commission&apos;s answer</source>
        <translation>міндетті емес, мысалы, комиссияның жауабы</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="18"/>
        <source>{path} is not a kzobserver logbook: {reason}</source>
        <translation>{path} — kzobserver журналы емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="28"/>
        <source>{path} was written by a newer version of kzobserver (schema {found}; this version knows schema {known} at most). Update kzobserver to open it; the file was not changed.</source>
        <translation>{path} kzobserver-дің жаңарақ нұсқасымен жазылған (схема {found}; бұл нұсқа ең көбі {known} схемасын біледі). Оны ашу үшін kzobserver-ді жаңартыңыз; файл өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="52"/>
        <source>, row {row}</source>
        <translation>, {row}-жол</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="54"/>
        <source>, column “{column}”</source>
        <translation>, «{column}» бағаны</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="66"/>
        <source>… and {n} more problems</source>
        <translation>… және тағы {n} қате</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/errors.py" line="68"/>
        <source>Nothing was imported. {n} problem(s):</source>
        <translation>Ештеңе импортталмады. Қателер ({n}):</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/logbook.py" line="48"/>
        <source>There is no logbook at {path}.</source>
        <translation>{path} журналы табылмады.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/logbook.py" line="52"/>
        <source>it is a folder</source>
        <translation>бұл қалта</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/logbook.py" line="89"/>
        <source>it is an SQLite database of another program</source>
        <translation>бұл басқа бағдарламаның SQLite дерекқоры</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/setup.py" line="22"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} бұрыннан бар; басқа файл атын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/records.py" line="15"/>
        <source>There is no such station in this logbook.</source>
        <translation>Бұл журналда мұндай учаске жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/times.py" line="27"/>
        <source>“{value}” is not a date and time.</source>
        <translation>«{value}» — күн мен уақыт емес.</translation>
    </message>
</context>
<context>
    <name>TabularFile</name>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="106"/>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="116"/>
        <source>The first row holds numbers, not column names: the file needs a header row naming its columns.</source>
        <translation>Бірінші жолда баған атаулары емес, сандар тұр: файлда бағандарды атайтын тақырып жолы болуы керек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="127"/>
        <source>Column {letter} has no name in the header row.</source>
        <translation>{letter} бағанының тақырып жолында атауы жоқ.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="135"/>
        <source>The column name “{name}” is used twice (columns {first} and {second}).</source>
        <translation>«{name}» баған атауы екі рет қолданылған ({first} және {second} бағандар).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="173"/>
        <source>This row has {cells} cells but the header names only {columns} columns (first extra value: “{value}”). Check the separator and the quotes.</source>
        <translation>Бұл жолда {cells} ұяшық бар, ал тақырыпта тек {columns} баған аталған (бірінші артық мән: «{value}»). Бөлгіш пен тырнақшаларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="203"/>
        <location filename="../../kzobserver/storage/tabular.py" line="369"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Файлды оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="211"/>
        <source>This is an old Excel 97-2003 (.xls) file, which cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Бұл ескі Excel 97-2003 (.xls) файлы, оны оқу мүмкін емес. Оны Excel немесе LibreOffice арқылы ашып, .xlsx немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="228"/>
        <source>The file is a damaged or incomplete ZIP archive (was the download or copy interrupted?).</source>
        <translation>Файл — зақымдалған немесе толық емес ZIP мұрағаты (жүктеу не көшіру үзіліп қалған жоқ па?).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="245"/>
        <source>OpenDocument spreadsheets (.ods) cannot be read; save the file as .xlsx or CSV.</source>
        <translation>OpenDocument кестелерін (.ods) оқу мүмкін емес; файлды .xlsx немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="261"/>
        <source>The ZIP archive must hold exactly one CSV file; it holds {n}.</source>
        <translation>ZIP мұрағатында дәл бір CSV файлы болуы керек; онда {n} файл бар.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="273"/>
        <source>The file is named like an Excel workbook but is not one (perhaps a renamed text file). Open it in Excel and save it as .xlsx, or rename it to .csv.</source>
        <translation>Файл Excel кітабы сияқты аталған, бірақ ол Excel кітабы емес (мүмкін, атауы өзгертілген мәтіндік файл). Оны Excel арқылы ашып, .xlsx ретінде сақтаңыз немесе атауын .csv етіп өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="324"/>
        <source>The file is not a text table (it holds binary data). Save it from Excel as CSV or as Unicode text.</source>
        <translation>Файл мәтіндік кесте емес (онда екілік деректер бар). Оны Excel-ден CSV немесе Unicode мәтіні ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="395"/>
        <source>The row cannot be read as CSV: {reason}</source>
        <translation>Жолды CSV ретінде оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="405"/>
        <source>The text cannot be decoded (it is neither UTF-8, UTF-16 nor Windows-1251). Save it from Excel as “CSV UTF-8”.</source>
        <translation>Мәтіннің кодтауын анықтау мүмкін емес (ол UTF-8, UTF-16 не Windows-1251 емес). Оны Excel-ден «CSV UTF-8» ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="417"/>
        <source>The file is damaged or incomplete (was the download or copy interrupted?).</source>
        <translation>Файл зақымдалған немесе толық емес (жүктеу не көшіру үзіліп қалған жоқ па?).</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="436"/>
        <source>The Excel workbook cannot be read; it may be damaged or incomplete. Open it in Excel and save it again.</source>
        <translation>Excel кітабын оқу мүмкін емес; ол зақымдалған немесе толық емес болуы мүмкін. Оны Excel арқылы ашып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/tabular.py" line="444"/>
        <source>The workbook has no sheets.</source>
        <translation>Кітапта парақтар жоқ.</translation>
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
        <translation>{answer} — қауіп белгісі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="125"/>
        <source>Headcount: {count} voters</source>
        <translation>Келген сайлаушылар: {count}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="128"/>
        <source>{percent}% of the {registered} registered voters</source>
        <translation>Тіркелген {registered} сайлаушыдан {percent} %</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="146"/>
        <source>submitted</source>
        <translation>жіберілген</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="148"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="154"/>
        <source>Irregularity report: {category}</source>
        <translation>Бұзушылық туралы хабарлама: {category}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="161"/>
        <source>Amendment {version} to the report: {category}</source>
        <translation>Хабарламаға № {version} түзету: {category}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="187"/>
        <source>Protocol: {source}, {contest}</source>
        <translation>Хаттама: {source}, {contest}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="190"/>
        <source>{count} lines filled in</source>
        <translation>{count} жол толтырылған</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="198"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="220"/>
        <source>Evidence: {name}</source>
        <translation>Дәлел: {name}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="221"/>
        <source>SHA-256 {sha256}, {size} bytes</source>
        <translation>SHA-256 {sha256}, {size} байт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/timeline.py" line="225"/>
        <source>do not publish</source>
        <translation>жарияламау</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="111"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="112"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="113"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="114"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="115"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="163"/>
        <source>Red flag</source>
        <translation>Қауіпті белгі</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="117"/>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="161"/>
        <source>Nothing recorded at this station yet.</source>
        <translation>Бұл учаскеде әлі ештеңе жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="169"/>
        <source>Write what you see and press Enter: the note is saved at once</source>
        <translation>Көргеніңізді жазып, Enter басыңыз: ескертпе бірден сақталады</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="173"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="175"/>
        <source>Save note</source>
        <translation>Ескертпені сақтау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="233"/>
        <source>{n} entries</source>
        <translation>{n} жазба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="234"/>
        <source>1 entry</source>
        <translation>1 жазба</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="236"/>
        <source>{n} red flags</source>
        <translation>{n} қауіпті белгі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinepage.py" line="237"/>
        <source>1 red flag</source>
        <translation>1 қауіпті белгі</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="43"/>
        <source>Visit</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="44"/>
        <source>Checklist</source>
        <translation>Бақылау парағы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="45"/>
        <source>Headcount</source>
        <translation>Келушілерді санау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="46"/>
        <source>Report</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="47"/>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="48"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="49"/>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="62"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="56"/>
        <source>Visits</source>
        <translation>Сапарлар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="57"/>
        <source>Checklists</source>
        <translation>Бақылау парақтары</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="58"/>
        <source>Headcounts</source>
        <translation>Санаулар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="59"/>
        <source>Reports</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="60"/>
        <source>Protocols</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/timelinemodel.py" line="61"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../../kzobserver/ui/protocolchecks.py" line="193"/>
        <source>Control relations</source>
        <translation>Бақылау арақатынастары</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="32"/>
        <source>Arrived at the station</source>
        <translation>Учаскеге келу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="33"/>
        <source>Left the station</source>
        <translation>Учаскеден кету</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="34"/>
        <source>Break started</source>
        <translation>Үзілістің басталуы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="35"/>
        <source>Break ended</source>
        <translation>Үзілістің аяқталуы</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="150"/>
        <source>You are already at station {number}.</source>
        <translation>Сіз қазір № {number} учаскедесіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="153"/>
        <source>This is before your arrival at your last station.</source>
        <translation>Бұл соңғы учаскеге келген уақытыңыздан ертерек.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="169"/>
        <source>The departure cannot be before the arrival.</source>
        <translation>Кету келуден ерте бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="176"/>
        <source>You are already on a break.</source>
        <translation>Сіз қазір үзілістесіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="186"/>
        <source>You are not on a break.</source>
        <translation>Сіз үзілісте емессіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="194"/>
        <source>You are not at a station; record your arrival.</source>
        <translation>Сіз учаскеде емессіз; алдымен келгеніңізді белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/storage/visits.py" line="226"/>
        <source>This visit record no longer exists.</source>
        <translation>Бұл келу туралы жазба енді жоқ.</translation>
    </message>
</context>
<context>
    <name>VisitsBar</name>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="101"/>
        <source>&amp;Arrive here</source>
        <translation>Осында ке&amp;лу</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="102"/>
        <source>&amp;Leave</source>
        <translation>Ке&amp;ту</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="103"/>
        <source>Start &amp;break</source>
        <translation>&amp;Үзілісті бастау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="104"/>
        <source>&amp;End break</source>
        <translation>Үзілісті ая&amp;қтау</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="106"/>
        <source>At an earlier ti&amp;me:</source>
        <translation>&amp;Ертерек уақытта:</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="109"/>
        <source>Record something that happened a few minutes ago, at the time you set here.</source>
        <translation>Бірнеше минут бұрын болған жайтты осында көрсетілген уақытпен тіркеу.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="167"/>
        <source>On a break since {time}</source>
        <translation>Үзілісте, басталған уақыты: {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="171"/>
        <source>At this station since {time}</source>
        <translation>Осы учаскеде, келген уақыты: {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="174"/>
        <source>You are at this station since {time}</source>
        <translation>Сіз осы учаскедесіз, келген уақытыңыз: {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="177"/>
        <source>You are at station № {number} since {time}</source>
        <translation>Сіз № {number} учаскедесіз, келген уақытыңыз: {time}</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="180"/>
        <source>“Arrive here” also records that you left station № {number}.</source>
        <translation>«Осында келу» № {number} учаскеден кеткеніңізді де тіркейді.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="186"/>
        <source>Not at a station</source>
        <translation>Учаскеден тыс</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="234"/>
        <source>You are at station № {number}, not at this one.</source>
        <translation>Сіз осы учаскеде емес, № {number} учаскедесіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="246"/>
        <source>Choose a time after {time}: that is when you arrived here.</source>
        <translation>{time} уақытынан кейінгі уақытты таңдаңыз: сіз осында сол кезде келдіңіз.</translation>
    </message>
    <message>
        <location filename="../../kzobserver/ui/visitsbar.py" line="256"/>
        <source>Choose a time after {time}: that is when your break started.</source>
        <translation>{time} уақытынан кейінгі уақытты таңдаңыз: үзілісіңіз сол кезде басталды.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Station</source>
        <translation type="vanished">&amp;Учаске</translation>
    </message>
</context>
</TS>
