"""Interface strings in English, Russian and Kazakh, and number/date formatting per language.

Everything a user reads goes through this module, so that no raw id (metric ids, qualifier codes, unit
codes) reaches the screen when a label exists. Metric names come from the catalog (labels en/ru/kk);
this module holds the rest: UI strings, qualifier, unit and area names, number and date formats.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

import pandas as pd

LANGS: tuple[str, ...] = ("en", "ru", "kk")
DEFAULT_LANG = "en"
LANG_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

# Plotly `layout.separators`: decimal point then thousands separator. A narrow no-break space keeps
# "275 000" on one line in Russian/Kazakh.
NBSP = "\u202f"
PLOTLY_SEPARATORS: dict[str, str] = {"en": ".,", "ru": ", ", "kk": ", "}

STRINGS: dict[str, dict[str, str]] = {
    "app_title": {
        "en": "Volunteering in Kazakhstan in figures",
        "ru": "Волонтёрство в Казахстане в цифрах",
        "kk": "Қазақстандағы волонтерлік сандармен",
    },
    "page": {"en": "Page", "ru": "Страница", "kk": "Бет"},
    "page_overview": {"en": "Overview", "ru": "Обзор", "kk": "Шолу"},
    "page_explore": {"en": "Explore", "ru": "Анализ", "kk": "Талдау"},
    "page_sources": {"en": "Sources", "ru": "Источники", "kk": "Дереккөздер"},
    "page_data": {"en": "Data", "ru": "Данные", "kk": "Деректер"},
    "page_sql": {"en": "SQL", "ru": "SQL", "kk": "SQL"},
    "language": {"en": "Language", "ru": "Язык", "kk": "Тіл"},
    "overview_question": {
        "en": "How is volunteering in Kazakhstan growing?",
        "ru": "Как растёт волонтёрство в Казахстане?",
        "kk": "Қазақстанда волонтерлік қалай өсіп келеді?",
    },
    "overview_intro": {
        "en": "Every figure is taken from a news article; hover a point to read the sentence it comes from.",
        "ru": "Каждая цифра взята из новостной статьи; наведите на точку, чтобы прочитать исходную фразу.",
        "kk": "Әр сан жаңалық мақаласынан алынған; бастапқы сөйлемді оқу үшін нүктені меңзеңіз.",
    },
    "blood_group": {"en": "Blood donation", "ru": "Донорство крови", "kk": "Қан донорлығы"},
    "growth_chart_title": {
        "en": "Volunteers and volunteer organizations",
        "ru": "Волонтёры и волонтёрские организации",
        "kk": "Волонтерлер және волонтерлік ұйымдар",
    },
    "blood_chart_title": {
        "en": "Blood donation per year",
        "ru": "Донорство крови в год",
        "kk": "Жылына қан донорлығы",
    },
    "blood_single": {
        "en": "Each blood-donation figure has been reported once so far; hover the (?) for its source.",
        "ru": "Каждая цифра о донорстве пока встречается один раз; источник — в подсказке (?).",
        "kk": "Донорлық туралы әр сан әзірге бір рет кездеседі; дереккөзі (?) белгісінде.",
    },
    "no_data": {
        "en": "No figures for this selection.",
        "ru": "Нет данных для этого выбора.",
        "kk": "Бұл таңдау үшін дерек жоқ.",
    },
    "since": {"en": "since", "ru": "с", "kk": "бастап"},
    "vs_previous": {"en": "vs {date}", "ru": "к {date}", "kk": "{date} салыстырғанда"},
    "fold_since_first": {
        "en": "×{fold} since {date}",
        "ru": "×{fold} с {date}",
        "kk": "{date} бастап ×{fold}",
    },
    "cagr_short": {"en": "CAGR {cagr}", "ru": "ср. год. рост {cagr}", "kk": "жылдық орт. өсім {cagr}"},
    "as_of": {"en": "As of", "ru": "По состоянию на", "kk": "Жағдай бойынша"},
    "source_line": {"en": "Source", "ru": "Источник", "kk": "Дереккөз"},
    "sources_line": {"en": "Sources", "ru": "Источники", "kk": "Дереккөздер"},
    "metrics": {"en": "Metrics", "ru": "Показатели", "kk": "Көрсеткіштер"},
    "area": {"en": "Area", "ru": "Территория", "kk": "Аумақ"},
    "scale": {"en": "Scale", "ru": "Шкала", "kk": "Шкала"},
    "scale_linear": {"en": "Linear", "ru": "Линейная", "kk": "Сызықтық"},
    "scale_log": {"en": "Logarithmic", "ru": "Логарифмическая", "kk": "Логарифмдік"},
    "index_toggle": {
        "en": "Index: first figure = 100",
        "ru": "Индекс: первое значение = 100",
        "kk": "Индекс: бірінші мән = 100",
    },
    "index_axis": {
        "en": "Index (first figure = 100)",
        "ru": "Индекс (первое значение = 100)",
        "kk": "Индекс (бірінші мән = 100)",
    },
    "growth_table": {
        "en": "Growth between two figures",
        "ru": "Рост между двумя значениями",
        "kk": "Екі мән арасындағы өсім",
    },
    "from_point": {"en": "From", "ru": "С", "kk": "Бастап"},
    "to_point": {"en": "To", "ru": "По", "kk": "Дейін"},
    "abs_change": {"en": "Absolute change", "ru": "Абсолютное изменение", "kk": "Абсолютті өзгеріс"},
    "pct_change": {"en": "Change, %", "ru": "Изменение, %", "kk": "Өзгеріс, %"},
    "x_fold": {"en": "Multiple (x-fold)", "ru": "Кратность (раз)", "kk": "Еселік (есе)"},
    "cagr": {"en": "CAGR (per year)", "ru": "Среднегодовой рост", "kk": "Орташа жылдық өсім"},
    "years": {"en": "Years between", "ru": "Лет между", "kk": "Арадағы жылдар"},
    "measure": {"en": "Measure", "ru": "Показатель", "kk": "Көрсеткіш"},
    "result": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "need_two_points": {
        "en": "This metric needs at least two figures for a growth table.",
        "ru": "Для таблицы роста нужны хотя бы два значения.",
        "kk": "Өсім кестесі үшін кемінде екі мән қажет.",
    },
    "stated_vs_computed": {
        "en": "Stated vs computed multiple",
        "ru": "Заявленная и вычисленная кратность",
        "kk": "Айтылған және есептелген еселік",
    },
    "stated": {"en": "Stated", "ru": "Заявлено", "kk": "Айтылған"},
    "computed": {"en": "Computed", "ru": "Вычислено", "kk": "Есептелген"},
    "implied_start": {
        "en": "Implied starting value",
        "ru": "Подразумеваемое начальное значение",
        "kk": "Болжамды бастапқы мән",
    },
    "no_start_figure": {
        "en": "no figure for the start of the period",
        "ru": "нет значения на начало периода",
        "kk": "кезең басындағы мән жоқ",
    },
    "download_png": {"en": "Download PNG", "ru": "Скачать PNG", "kk": "PNG жүктеу"},
    "download_csv": {"en": "Download CSV", "ru": "Скачать CSV", "kk": "CSV жүктеу"},
    "download_parquet": {"en": "Download Parquet", "ru": "Скачать Parquet", "kk": "Parquet жүктеу"},
    "png_unavailable": {
        "en": "Server-side PNG export is not available here ({reason}). The camera icon of the chart "
        "still downloads the same picture.",
        "ru": "Экспорт PNG на сервере недоступен ({reason}). Значок камеры на графике всё равно скачивает "
        "ту же картинку.",
        "kk": "Серверде PNG экспорты қолжетімсіз ({reason}). Графиктегі камера белгісі сол суретті жүктей береді.",
    },
    "other_sources_legend": {
        "en": "Other sources for the same point",
        "ru": "Другие источники той же точки",
        "kk": "Сол нүктенің басқа дереккөздері",
    },
    "other_source": {
        "en": "Other source (not drawn on the line)",
        "ru": "Другой источник (не на линии)",
        "kk": "Басқа дереккөз (сызықта емес)",
    },
    "chosen_source": {"en": "Value drawn", "ru": "Значение на графике", "kk": "Графиктегі мән"},
    "period": {"en": "Period", "ru": "Период", "kk": "Кезең"},
    "published": {"en": "Published", "ru": "Опубликовано", "kk": "Жарияланды"},
    "inferred": {"en": "inferred", "ru": "предположительно", "kk": "болжамды"},
    "outlet": {"en": "Outlet", "ru": "Издание", "kk": "Басылым"},
    "title": {"en": "Title", "ru": "Заголовок", "kk": "Тақырып"},
    "lang_col": {"en": "Language", "ru": "Язык", "kk": "Тіл"},
    "n_figures": {"en": "Figures", "ru": "Цифр", "kk": "Сандар"},
    "article": {"en": "Article", "ru": "Статья", "kk": "Мақала"},
    "article_text": {
        "en": "Article text with the figures found",
        "ru": "Текст статьи с найденными цифрами",
        "kk": "Табылған сандары бар мақала мәтіні",
    },
    "sources_intro": {
        "en": "Every article the figures come from.",
        "ru": "Все статьи, из которых взяты цифры.",
        "kk": "Сандар алынған барлық мақалалар.",
    },
    "status": {"en": "Status", "ru": "Статус", "kk": "Күйі"},
    "status_accepted": {"en": "accepted", "ru": "принято", "kk": "қабылданды"},
    "status_candidate": {"en": "candidate", "ru": "кандидат", "kk": "үміткер"},
    "status_rejected": {"en": "rejected", "ru": "отклонено", "kk": "қабылданбады"},
    "search": {"en": "Search in quotes", "ru": "Поиск по цитатам", "kk": "Дәйексөздерден іздеу"},
    # A plural string: one text per CLDR plural category of the language (tn() picks it).
    "rows_shown": {
        "en": {"one": "{n} row", "other": "{n} rows"},
        "ru": {"one": "{n} строка", "few": "{n} строки", "many": "{n} строк", "other": "{n} строки"},
        "kk": {"one": "{n} жол", "other": "{n} жол"},
    },
    "no_metric": {"en": "(no metric)", "ru": "(без показателя)", "kk": "(көрсеткішсіз)"},
    "sql_intro": {
        "en": "Read-only SQL over the database (tables sources, observations, metrics; views series, "
        "latest). Only reading statements are allowed; queries stop after 5 seconds.",
        "ru": "SQL только для чтения (таблицы sources, observations, metrics; представления series, latest). "
        "Разрешены только читающие запросы; запрос останавливается через 5 секунд.",
        "kk": "Тек оқуға арналған SQL (sources, observations, metrics кестелері; "
        "series, latest көріністері). "
        "Тек оқу сұраулары рұқсат; сұрау 5 секундтан кейін тоқтайды.",
    },
    "example_query": {"en": "Example query", "ru": "Пример запроса", "kk": "Сұрау үлгісі"},
    "ex_latest": {"en": "Latest values", "ru": "Последние значения", "kk": "Соңғы мәндер"},
    "ex_growth": {"en": "Growth per metric", "ru": "Рост по показателям", "kk": "Көрсеткіштер бойынша өсім"},
    "ex_per_source": {
        "en": "Figures per source",
        "ru": "Цифры по источникам",
        "kk": "Дереккөз бойынша сандар",
    },
    "query": {"en": "Query", "ru": "Запрос", "kk": "Сұрау"},
    "run_query": {"en": "Run", "ru": "Выполнить", "kk": "Орындау"},
    "query_rejected": {
        "en": "Query not run: {msg}",
        "ru": "Запрос не выполнен: {msg}",
        "kk": "Сұрау орындалмады: {msg}",
    },
    "query_failed": {
        "en": "The query failed: {msg}",
        "ru": "Ошибка запроса: {msg}",
        "kk": "Сұрау қатесі: {msg}",
    },
    "truncated": {
        "en": "The result was cut at {n} rows.",
        "ru": "Результат обрезан до {n} строк.",
        "kk": "Нәтиже {n} жолға дейін қысқартылды.",
    },
    "sql_unavailable": {
        "en": "The SQL console is not available in this build yet.",
        "ru": "SQL-консоль пока недоступна в этой сборке.",
        "kk": "SQL консолі бұл нұсқада әлі қолжетімсіз.",
    },
    "invalid_param": {
        "en": "Link parameter {name}={value!r} is not valid; showing the default instead.",
        "ru": "Параметр ссылки {name}={value!r} недопустим; показано значение по умолчанию.",
        "kk": "{name}={value!r} сілтеме параметрі жарамсыз; әдепкі мән көрсетілді.",
    },
    "building_db": {
        "en": "Building the database from the articles…",
        "ru": "Сборка базы данных из статей…",
        "kk": "Мақалалардан дерекқор құрылуда…",
    },
    # issue 10: the first start finds another build running (the lock helper's strings)
    "build_running": {
        "en": "A build of the database is running ({who}); this page opens by itself when it is done.",
        "ru": "Идёт сборка базы данных ({who}); страница откроется сама, когда сборка закончится.",
        "kk": "Дерекқор құрылып жатыр ({who}); құру аяқталғанда бет өздігінен ашылады.",
    },
    "build_failed": {
        "en": "Could not build the database: {msg}",
        "ru": "Не удалось собрать базу: {msg}",
        "kk": "Дерекқорды құру мүмкін болмады: {msg}",
    },
    "db_missing": {
        "en": "No database at {path} and the builder is not available.",
        "ru": "Нет базы данных {path}, а сборщик недоступен.",
        "kk": "{path} дерекқоры жоқ, құрастырғыш қолжетімсіз.",
    },
    "db_reloaded": {
        "en": "The database was rebuilt; figures reloaded.",
        "ru": "База пересобрана; данные обновлены.",
        "kk": "Дерекқор қайта құрылды; деректер жаңартылды.",
    },
    "db_caption": {
        "en": "Database: {n} figures from {s} articles, built {date}.",
        "ru": "База: {n} цифр из {s} статей, собрана {date}.",
        "kk": "Дерекқор: {s} мақаладан {n} сан, {date} құрылды.",
    },
    "qualifier": {"en": "Qualifier", "ru": "Оговорка", "kk": "Шектеу"},
    "value": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "date": {"en": "Date", "ru": "Дата", "kk": "Күні"},
    "quote": {"en": "Quote", "ru": "Цитата", "kk": "Дәйексөз"},
    "metric": {"en": "Metric", "ru": "Показатель", "kk": "Көрсеткіш"},
    "unit": {"en": "Unit", "ru": "Единица", "kk": "Бірлік"},
    "n_sources": {"en": "{n} sources", "ru": "источников: {n}", "kk": "{n} дереккөз"},
    "more_sources": {"en": "… and {n} more", "ru": "… и ещё {n}", "kk": "… тағы {n}"},
    "pick_metric": {
        "en": "Choose at least one metric.",
        "ru": "Выберите хотя бы один показатель.",
        "kk": "Кемінде бір көрсеткішті таңдаңыз.",
    },
    # Paging, sorting and notices of the Data and Sources pages.
    "rows_of": {
        "en": "Rows {a}–{b} of {n}",
        "ru": "Строки {a}–{b} из {n}",
        "kk": "{n} жолдың {a}–{b} жолдары",
    },
    "choose": {"en": "Choose…", "ru": "Выберите…", "kk": "Таңдаңыз…"},
    "page_no": {"en": "Page (of {n})", "ru": "Страница (из {n})", "kk": "Бет ({n} беттің)"},
    "sort_by": {"en": "Sort by", "ru": "Сортировка", "kk": "Сұрыптау"},
    "order_article": {"en": "Article order", "ru": "Порядок в статьях", "kk": "Мақаладағы реті"},
    "order_date_desc": {"en": "Date, newest first", "ru": "Дата, сначала новые", "kk": "Күні, алдымен жаңасы"},
    "order_value_desc": {
        "en": "Value, largest first",
        "ru": "Значение, сначала большие",
        "kk": "Мәні, алдымен үлкені",
    },
    "search_articles": {
        "en": "Search in titles and outlets",
        "ru": "Поиск по заголовкам и изданиям",
        "kk": "Тақырыптар мен басылымдардан іздеу",
    },
    "download_capped": {
        "en": "{n} rows match: the downloads hold the first {cap} of them, in the table's order. Narrow the "
        "filters, or read the whole table with DuckDB (see the README).",
        "ru": "Подходят {n} строк: в файлы для скачивания входят первые {cap} в порядке таблицы. Сузьте "
        "фильтры или прочитайте всю таблицу через DuckDB (см. README).",
        "kk": "{n} жол сәйкес келеді: жүктелетін файлдарда кесте ретімен алғашқы {cap} жол бар. Сүзгілерді "
        "тарылтыңыз немесе бүкіл кестені DuckDB арқылы оқыңыз (README қараңыз).",
    },
    "latest_multiples": {
        "en": "The {k} most recent of {n} stated multiples.",
        "ru": "{k} последних из {n} названных кратностей.",
        "kk": "Аталған {n} еселіктің соңғы {k}.",
    },
    "chart_deferred": {
        "en": "The blood-donation chart has {n} points; it is drawn on request so the page opens quickly.",
        "ru": "На графике донорства {n} точек; он строится по запросу, чтобы страница открывалась быстро.",
        "kk": "Донорлық графигінде {n} нүкте бар; бет тез ашылуы үшін ол сұрау бойынша салынады.",
    },
    "draw_chart": {"en": "Draw the chart", "ru": "Построить график", "kk": "Графикті салу"},
    "points_swapped": {
        "en": "“From” is later than “To”: the table reads from the earlier figure to the later one.",
        "ru": "«С» позже, чем «По»: таблица считает от более ранней цифры к более поздней.",
        "kk": "«Бастап» «Дейін» мәнінен кейін тұр: кесте ертеректегі саннан кейінгісіне қарай есептейді.",
    },
    "until_date": {
        "en": "start not stated → {date}",
        "ru": "начало не указано → {date}",
        "kk": "басы көрсетілмеген → {date}",
    },
    "range_from": {"en": "From date", "ru": "Дата с", "kk": "Басталу күні"},
    "range_to": {"en": "To date", "ru": "Дата по", "kk": "Аяқталу күні"},
    "range_swapped": {
        "en": "The start date is after the end date: the range is read from the earlier to the later date.",
        "ru": "Начальная дата позже конечной: диапазон взят от более ранней даты к более поздней.",
        "kk": "Басталу күні аяқталу күнінен кейін: аралық ертерек күннен кейінгі күнге дейін алынды.",
    },
    "schema": {"en": "Tables and columns", "ru": "Таблицы и столбцы", "kk": "Кестелер мен бағандар"},
    "schema_intro": {
        "en": "Tables and views: {tables}. Each column with its type and what it holds.",
        "ru": "Таблицы и представления: {tables}. Каждый столбец с типом и описанием.",
        "kk": "Кестелер мен көріністер: {tables}. Әр бағанның түрі мен сипаттамасы.",
    },
    "example_none": {
        "en": "Your own query (choose an example to start from)",
        "ru": "Свой запрос (выберите пример для начала)",
        "kk": "Өз сұрауыңыз (бастау үшін мысал таңдаңыз)",
    },
    "query_history": {
        "en": "This session's queries ({n})",
        "ru": "Запросы этого сеанса ({n})",
        "kk": "Осы сеанстағы сұраулар ({n})",
    },
    "history_load": {"en": "Load", "ru": "Вставить", "kk": "Қою"},
    "history_rejected": {"en": "not run", "ru": "не выполнен", "kk": "орындалмады"},
    "history_failed": {"en": "failed", "ru": "ошибка", "kk": "қате"},
    # What a figure measures (metrics.growth.figure_kind), in legends, hovers and the growth table.
    "kind_level": {"en": "level on a date", "ru": "на дату", "kk": "күндегі саны"},
    "kind_flow": {"en": "count per period", "ru": "за период", "kk": "кезеңдегі саны"},
    "kind_cumulative": {"en": "running total", "ru": "нарастающим итогом", "kk": "жинақталған жиыны"},
    "growth_refused_kinds": {
        "en": "No growth between these two figures: “{a}” is a {ka} and “{b}” a {kb}; they measure different "
        "things, so their ratio would not be a growth. Choose two figures of the same kind.",
        "ru": "Рост между этими цифрами не считается: «{a}» — {ka}, а «{b}» — {kb}; они измеряют разное, и "
        "их отношение не было бы ростом. Выберите две цифры одного вида.",
        "kk": "Бұл екі сан арасындағы өсім есептелмейді: «{a}» — {ka}, ал «{b}» — {kb}; олар әртүрлі нәрсені "
        "өлшейді, сондықтан олардың қатынасы өсім болмайды. Бір түрдегі екі санды таңдаңыз.",
    },
    "growth_undetermined": {
        "en": "Undetermined: both figures are bounds that pull in opposite directions (for example “more than” "
        "at both ends), so the true growth could be larger or smaller than these numbers.",
        "ru": "Не определено: обе цифры — оценки, сдвигающие результат в разные стороны (например, «более» "
        "в начале и в конце), поэтому настоящий рост может быть и больше, и меньше этих чисел.",
        "kk": "Анықталмаған: екі сан да нәтижені қарама-қарсы бағытқа ығыстыратын шекаралар (мысалы, екі "
        "шетінде де «астам»), сондықтан нақты өсім бұл сандардан көп те, аз да болуы мүмкін.",
    },
    # On phones (no hover): the same hints with "tap".
    "overview_intro_touch": {
        "en": "Every figure is taken from a news article; tap a point to read the sentence it comes from.",
        "ru": "Каждая цифра взята из новостной статьи; нажмите на точку, чтобы прочитать исходную фразу.",
        "kk": "Әр сан жаңалық мақаласынан алынған; бастапқы сөйлемді оқу үшін нүктені басыңыз.",
    },
    "blood_single_touch": {
        "en": "Each blood-donation figure has been reported once so far; tap the (?) for its source.",
        "ru": "Каждая цифра о донорстве пока встречается один раз; источник — под значком (?).",
        "kk": "Донорлық туралы әр сан әзірге бір рет кездеседі; дереккөзі (?) белгісінде.",
    },
    "rings_omitted_touch": {
        "en": "{n} further sources of these points are too many to draw as rings; tap a point to see its "
        "first sources and how many there are.",
        "ru": "Ещё {n} источников слишком много, чтобы нарисовать их кольцами; нажмите на точку, чтобы увидеть "
        "первые источники и их общее число.",
        "kk": "Тағы {n} дереккөз сақина ретінде салуға тым көп; алғашқы дереккөздерді және олардың жалпы "
        "санын көру үшін нүктені басыңыз.",
    },
    "rings_omitted": {
        "en": "{n} further sources of these points are too many to draw as rings; each point's hover names "
        "its first sources and how many there are.",
        "ru": "Ещё {n} источников слишком много, чтобы нарисовать их кольцами; подсказка каждой точки "
        "называет первые источники и их общее число.",
        "kk": "Тағы {n} дереккөз сақина ретінде салуға тым көп; әр нүктенің қалқымалы мәтіні алғашқы "
        "дереккөздерді және олардың жалпы санын көрсетеді.",
    },
}

# --- issue 12: Add, Review and Programs pages (one block, kept apart from the strings above) -------------------
STRINGS.update({
    "page_add": {"en": "Add", "ru": "Добавить", "kk": "Қосу"},
    "page_review": {"en": "Review", "ru": "Проверка", "kk": "Тексеру"},
    "page_programs": {"en": "Programs", "ru": "Программы", "kk": "Бағдарламалар"},
    "add_intro": {
        "en": "Upload articles (.txt, .md, .html) or paste text. Web pages are reduced to their main text; check "
        "the fields found, look at the figures, then save: the database is rebuilt in the background.",
        "ru": "Загрузите статьи (.txt, .md, .html) или вставьте текст. Из веб-страниц берётся основной текст; "
        "проверьте найденные поля и цифры, затем сохраните: база пересоберётся в фоне.",
        "kk": "Мақалаларды (.txt, .md, .html) жүктеңіз немесе мәтінді қойыңыз. Өрістер мен сандарды тексеріп, "
        "сақтаңыз: дерекқор фонда қайта жиналады.",
    },
    "add_files": {"en": "Article files", "ru": "Файлы статей", "kk": "Мақала файлдары"},
    "add_paste": {"en": "…or paste an article", "ru": "…или вставьте статью", "kk": "…немесе мақаланы қойыңыз"},
    "add_found": {"en": "Fields found in the web page (editable):", "ru": "Поля, найденные на странице "
                  "(можно изменить):", "kk": "Беттен табылған өрістер (өзгертуге болады):"},
    "add_refused": {"en": "{name} is refused: {reason}", "ru": "{name} не принят: {reason}",
                    "kk": "{name} қабылданбады: {reason}"},
    "add_n_figures": {"en": "{n} figures found, {c} of them candidates (grey).",
                      "ru": "Найдено цифр: {n}, из них кандидатов (серые): {c}.",
                      "kk": "{n} сан табылды, оның {c} үміткер (сұр)."},
    "add_save": {"en": "Save {n} article(s) and rebuild", "ru": "Сохранить статьи ({n}) и пересобрать",
                 "kk": "{n} мақаланы сақтап, қайта жинау"},
    "add_saved": {"en": "Saved as data/articles/{name}", "ru": "Сохранено: data/articles/{name}",
                  "kk": "Сақталды: data/articles/{name}"},
    "add_already": {"en": "{name}: the same text is already there ({existing})",
                    "ru": "{name}: такой текст уже есть ({existing})", "kk": "{name}: бұл мәтін бар ({existing})"},
    "why_no_metric": {"en": "candidate: no catalog metric counts «{noun}» ({unit})",
                      "ru": "кандидат: нет показателя для «{noun}» ({unit})",
                      "kk": "үміткер: «{noun}» ({unit}) үшін көрсеткіш жоқ"},
    "why_plan": {"en": "candidate: a plan or target, not a measurement", "ru": "кандидат: план или цель, а не факт",
                 "kk": "үміткер: жоспар немесе мақсат"},
    "col_figure": {"en": "Figure", "ru": "Цифра", "kk": "Сан"},
    "col_value": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "col_qualifier": {"en": "Qualifier", "ru": "Уточнение", "kk": "Нақтылау"},
    "col_unit": {"en": "Unit", "ru": "Единица", "kk": "Бірлік"},
    "col_period": {"en": "Period", "ru": "Период", "kk": "Кезең"},
    "col_area": {"en": "Area", "ru": "Территория", "kk": "Аумақ"},
    "col_metric": {"en": "Metric", "ru": "Показатель", "kk": "Көрсеткіш"},
    "col_program": {"en": "Program", "ru": "Программа", "kk": "Бағдарлама"},
    "col_why_candidate": {"en": "Why a candidate", "ru": "Почему кандидат", "kk": "Неге үміткер"},
    "col_url": {"en": "URL", "ru": "Адрес", "kk": "Сілтеме"},
    "col_outlet": {"en": "Outlet", "ru": "Издание", "kk": "Басылым"},
    "col_published": {"en": "Published (YYYY-MM-DD)", "ru": "Дата (ГГГГ-ММ-ДД)", "kk": "Күні (ЖЖЖЖ-АА-КК)"},
    "rebuilding": {"en": "Rebuilding the database… {done}/{total} articles",
                   "ru": "База пересобирается… {done}/{total} статей", "kk": "Дерекқор жиналуда… {done}/{total}"},
    "rebuild_done": {"en": "Database rebuilt.", "ru": "База пересобрана.", "kk": "Дерекқор жиналды."},
    "rebuild_failed": {"en": "The rebuild failed; the previous data stays: {msg}",
                       "ru": "Пересборка не удалась, данные прежние: {msg}",
                       "kk": "Қайта жинау сәтсіз, бұрынғы деректер қалды: {msg}"},
    "review_intro": {
        "en": "What needs a person, most important first. Every action is a row in data/curated/ (with your name "
        "and the time), checked as the build checks it and applied by the next build.",
        "ru": "Что требует проверки, важное сначала. Каждое действие — строка в data/curated/ (с вашим именем и "
        "временем), проверенная как при сборке.",
        "kk": "Тексеруді қажет ететіндер, маңыздысы бірінші. Әр әрекет — data/curated/ ішіндегі жол.",
    },
    "review_name": {"en": "Your name (saved with each action)", "ru": "Ваше имя (сохраняется с действием)",
                    "kk": "Атыңыз (әрекетпен сақталады)"},
    "review_name_first": {"en": "Type your name to start reviewing.", "ru": "Введите имя, чтобы начать.",
                          "kk": "Бастау үшін атыңызды жазыңыз."},
    "review_item": {"en": "Item", "ru": "Пункт", "kk": "Тармақ"},
    "review_empty": {"en": "Nothing to review.", "ru": "Проверять нечего.", "kk": "Тексеретін ештеңе жоқ."},
    "review_note": {"en": "Note", "ru": "Примечание", "kk": "Ескертпе"},
    "review_accept": {"en": "Accept into metric", "ru": "Принять в показатель", "kk": "Көрсеткішке қабылдау"},
    "review_confirm": {"en": "Confirm as is", "ru": "Подтвердить", "kk": "Растау"},
    "review_reject": {"en": "Reject", "ru": "Отклонить", "kk": "Қабылдамау"},
    "review_cumulative": {"en": "Mark cumulative", "ru": "Нарастающий итог", "kk": "Жинақталған"},
    "review_correct": {"en": "Correct value, qualifier, unit, period or area", "ru": "Исправить значение, "
                       "уточнение, единицу, период или территорию", "kk": "Мәнін, кезеңін не аумағын түзету"},
    "review_save_correction": {"en": "Save the correction", "ru": "Сохранить исправление", "kk": "Түзетуді сақтау"},
    "review_new_metric": {"en": "Create a new metric from this group", "ru": "Создать показатель из этой группы",
                          "kk": "Осы топтан жаңа көрсеткіш жасау"},
    "review_create_metric": {"en": "Create the metric and assign the group's {n} figures",
                             "ru": "Создать показатель и отнести к нему {n} цифр группы",
                             "kk": "Көрсеткішті жасап, топтың {n} санын беру"},
    "review_metric_created": {"en": "Metric {id} created; its chart appears after the rebuild (Explore).",
                              "ru": "Показатель {id} создан; график появится после пересборки (Анализ).",
                              "kk": "{id} көрсеткіші жасалды; графигі қайта жинаудан кейін шығады."},
    "review_undo": {"en": "Undo my last action", "ru": "Отменить последнее действие", "kk": "Соңғы әрекетті болдырмау"},
    "review_refused": {"en": "Not saved: {msg}", "ru": "Не сохранено: {msg}", "kk": "Сақталмады: {msg}"},
    "programs_intro": {"en": "National programs and campaigns: their latest figures, a chart per metric, sources.",
                       "ru": "Национальные программы и акции: последние цифры, график по показателю, источники.",
                       "kk": "Ұлттық бағдарламалар мен акциялар: соңғы сандар, графиктер, дереккөздер."},
    "programs_none": {"en": "No figures yet.", "ru": "Цифр пока нет.", "kk": "Әзірге сандар жоқ."},
    "programs_sources": {"en": "Sources ({n})", "ru": "Источники ({n})", "kk": "Дереккөздер ({n})"},
})

QUALIFIER_LABELS: dict[str, dict[str, str]] = {
    "exact": {"en": "exact", "ru": "точно", "kk": "нақты"},
    "at_least": {"en": "at least", "ru": "не менее", "kk": "кем емес"},
    "at_most": {"en": "at most", "ru": "не более", "kk": "артық емес"},
    "approx": {"en": "about", "ru": "около", "kk": "шамамен"},
    "almost": {"en": "almost", "ru": "почти", "kk": "жуық"},
    "undetermined": {"en": "undetermined", "ru": "не определено", "kk": "анықталмаған"},
}

UNIT_LABELS: dict[str, dict[str, str]] = {
    "persons": {"en": "people", "ru": "чел.", "kk": "адам"},
    "organizations": {"en": "organizations", "ru": "организаций", "kk": "ұйым"},
    "groups": {"en": "groups", "ru": "групп", "kk": "топ"},
    "offices": {"en": "offices", "ru": "офисов", "kk": "кеңсе"},
    "events": {"en": "events", "ru": "мероприятий", "kk": "іс-шара"},
    "donations": {"en": "donations", "ru": "донаций", "kk": "донация"},
    "liters": {"en": "liters", "ru": "литров", "kk": "литр"},
    "transfusions": {"en": "transfusions", "ru": "переливаний", "kk": "құю"},
    "deeds": {"en": "good deeds", "ru": "добрых дел", "kk": "игі іс"},
    "grants": {"en": "grants", "ru": "грантов", "kk": "грант"},
    "trees": {"en": "trees", "ru": "деревьев", "kk": "ағаш"},
    "tonnes": {"en": "tonnes", "ru": "тонн", "kk": "тонна"},
    "animals": {"en": "animals", "ru": "животных", "kk": "жануар"},
    "projects": {"en": "projects", "ru": "проектов", "kk": "жоба"},
    "KZT": {"en": "tenge", "ru": "тенге", "kk": "теңге"},
    "USD": {"en": "US dollars", "ru": "долларов США", "kk": "АҚШ доллары"},
    "percent": {"en": "%", "ru": "%", "kk": "%"},
    "ratio": {"en": "times", "ru": "раз", "kk": "есе"},
}

AREA_LABELS: dict[str, dict[str, str]] = {
    "KZ": {"en": "Kazakhstan", "ru": "Казахстан", "kk": "Қазақстан"},
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Above these magnitudes numbers are shortened ("6.2 bn"): full digits of tenge sums are unreadable.
_COMPACT: tuple[tuple[float, dict[str, str]], ...] = (
    (1e9, {"en": "bn", "ru": "млрд", "kk": "млрд"}),
    (1e6, {"en": "mn", "ru": "млн", "kk": "млн"}),
)


def normalize_lang(lang: str | None) -> str:
    """Return a supported language code, falling back to the default."""
    return lang if lang in LANGS else DEFAULT_LANG


def t(key: str, lang: str, **kwargs: object) -> str:
    """Translate a UI string; missing keys show the key itself rather than failing."""
    entry = STRINGS.get(key)
    text = key if entry is None else entry.get(lang) or entry[DEFAULT_LANG]
    if isinstance(text, Mapping):  # a plural string used without a count: its "other" form
        text = text["other"]
    return text.format(**kwargs) if kwargs else text


def plural_category(count: float, lang: str) -> str:
    """CLDR plural category of `count` in `lang` ("one", "few", "many", "other")."""
    from babel import Locale

    return Locale.parse(lang).plural_form(abs(count))


def tn(key: str, lang: str, count: float, **kwargs: object) -> str:
    """A plural string: the form of `count`'s CLDR plural category, with {n} the formatted count
    ("1 row", "2 rows"; "1 строка", "3 строки", "5 строк")."""
    entry = STRINGS.get(key)
    forms = key if entry is None else entry.get(lang) or entry[DEFAULT_LANG]
    if isinstance(forms, Mapping):
        forms = forms.get(plural_category(count, lang)) or forms["other"]
    return forms.format(n=fmt_number(count, lang, compact=False), **kwargs)


def _label(table: Mapping[str, Mapping[str, str]], code: str | None, lang: str) -> str:
    if code is None:
        return ""
    entry = table.get(code)
    return code if entry is None else entry.get(lang) or entry[DEFAULT_LANG]


def qualifier_label(qualifier: str | None, lang: str) -> str:
    return _label(QUALIFIER_LABELS, qualifier or "exact", lang)


def unit_label(unit: str | None, lang: str) -> str:
    return _label(UNIT_LABELS, unit, lang)


def area_label(area: str | None, lang: str) -> str:
    if area and area not in AREA_LABELS:
        from metrics import regions  # the 17 regions and 3 cities, with their names in each language

        named = regions.name(area, lang)
        if named:
            return named
    return _label(AREA_LABELS, area, lang)


def _group_thousands(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


# How a metric's label names the whole country; dropped when the chart shows one region or city.
_COUNTRY_IN_LABEL: dict[str, tuple[str, ...]] = {
    "en": (" in Kazakhstan",),
    "ru": (" в Казахстане",),
    "kk": ("Қазақстандағы ",),
}


def label_in_area(label: str, area: str | None, lang: str) -> str:
    """A metric's label for a chart of one area: "Volunteers in Kazakhstan" for the country, "Volunteers ·
    Almaty" for a city (never "Volunteers in Kazakhstan" over Almaty's figures)."""
    if not area or area == "KZ":
        return label
    for phrase in _COUNTRY_IN_LABEL.get(lang, ()):
        label = label.replace(phrase, "")
    label = label[:1].upper() + label[1:]
    return f"{label} · {area_label(area, lang)}"


def fmt_number(value: float | int | None, lang: str, *, decimals: int | None = None, compact: bool = True) -> str:
    """Format a number the way readers of `lang` expect: 275,000 (en) or 275 000 (ru, kk).

    Whole numbers get no decimals; others get up to two significant decimals unless `decimals` is given.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    value = float(value)
    suffix = ""
    if compact:
        for threshold, names in _COMPACT:
            if abs(value) >= threshold:
                value, suffix = value / threshold, " " + names[lang]
                break
    # Up to two decimals with trailing zeros dropped: 6.20 → "6.2", 4.00 → "4".
    text = f"{abs(value):.2f}".rstrip("0").rstrip(".") if decimals is None else f"{abs(value):.{decimals}f}"
    int_part, _, frac = text.partition(".")
    point, thousands = (".", ",") if lang == "en" else (",", NBSP)
    out = _group_thousands(int_part, thousands) + (point + frac if frac else "")
    return ("−" if value < 0 else "") + out + suffix


def fmt_value(value: float | None, qualifier: str | None, lang: str) -> str:
    """Number with its qualifier in a short form: "800+", "≤800", "~800", "almost 4"."""
    num = fmt_number(value, lang)
    match qualifier or "exact":
        case "at_least":
            return num + "+"
        case "at_most":
            return "≤" + num
        case "approx":
            return "~" + num
        case "almost":
            return {"en": f"almost {num}", "ru": f"почти {num}", "kk": f"{num}-ге жуық"}[lang]
        case _:
            return num


def fmt_multiple(value: float | None, qualifier: str | None, lang: str) -> str:
    """A multiple with its qualifier in front: "×6", "almost ×4", "почти ×4"."""
    num = "×" + fmt_number(value, lang)
    return num if (qualifier or "exact") == "exact" else f"{qualifier_label(qualifier, lang)} {num}"


def fmt_percent(value: float | None, lang: str, *, signed: bool = True) -> str:
    """Percentage from a fraction: 0.423 → "+42.3%"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    pct = value * 100
    text = fmt_number(abs(pct), lang, decimals=1 if abs(pct) < 1000 else 0, compact=False)
    sign = ("+" if pct > 0 else "−" if pct < 0 else "") if signed else ("−" if pct < 0 else "")
    return f"{sign}{text}%"


def fmt_signed(value: float | None, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return ("+" if value > 0 else "") + fmt_number(value, lang)


def to_date(value: object) -> dt.date | None:
    """Coerce pandas/numpy/ISO values to a date; None for missing."""
    if value is None or value is pd.NaT:  # NaT is a datetime subclass whose .date() is NaT again
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def fmt_date(value: object, lang: str) -> str:
    """13 Dec 2024 (en) or 13.12.2024 (ru, kk); "–" when unknown."""
    day = to_date(value)
    if day is None:
        return "–"
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return day.strftime("%d.%m.%Y")


def fmt_period(start: object, end: object, kind: str | None, lang: str) -> str:
    """Readable period: a day for stocks, "2020" for a calendar year, "start – end" for ranges."""
    d0, d1 = to_date(start), to_date(end)
    if d1 is None:
        return "–"
    if d0 is None or d0 == d1:
        return fmt_date(d1, lang)
    if d0.month == 1 and d0.day == 1 and d1.month == 12 and d1.day == 31 and d0.year == d1.year:
        year = str(d1.year)
        if kind == "annual":
            return {
                "en": f"{year} (a typical year)",
                "ru": f"{year} (ежегодно)",
                "kk": f"{year} (жыл сайын)",
            }[lang]
        return year
    return f"{fmt_date(d0, lang)} – {fmt_date(d1, lang)}"
