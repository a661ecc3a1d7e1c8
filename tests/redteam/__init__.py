"""Red-team test sites, built blind: each imitates a real-world CMS layout of a Thai
government news site and knows its own expected records (expected.json).

    from tests.redteam import SITES, serve
    with serve(SITES[0]) as base: ...
"""

from __future__ import annotations

import contextlib
import re

from ._common import BaseSite
from ._common import serve as _serve

SITE_MODULES = [
    "wp_province",
    "joomla_helix",
    "drupal_news",
    "ministry_portal",
    "legacy_cp874",
    "thaigov_portal",
    "k2_provincial",
]

# held-out sites (built blind in a second round, prefixed ho_): scored with
# `python bench/redteam.py --heldout`, kept apart from SITE_MODULES
HELDOUT_MODULES = [
    "ho_wp_newspaper",
    "ho_aspnet_office",
    "ho_drupal7_dept",
    "ho_laravel_province",
    "ho_wp_astra_en",
    "ho_joomla3_t3",
]

# third blind round (prefixed b3_): scored with `python bench/redteam.py --blind3`, kept apart
# from SITE_MODULES and HELDOUT_MODULES
BLIND3_MODULES = [
    "b3_wp_elementor",
    "b3_joomla5_cassiopeia",
    "b3_drupal11_paragraphs",
    "b3_dnn_easydnn",
    "b3_nextjs_portal",
    "b3_plone_classic",
    "b3_wp_generatepress",
    "b3_blogger_office",
]

# fourth blind round (prefixed b4_): scored with `python bench/redteam.py --blind4`, kept apart
# from SITE_MODULES, HELDOUT_MODULES and BLIND3_MODULES
BLIND4_MODULES = [
    "b4_wp_divi",
    "b4_wp_dga",
    "b4_joomla3_gantry",
    "b4_drupal9_barrio",
    "b4_ci_health",
    "b4_maxsite_tis620",
    "b4_nuxt_offset",
    "b4_gsites_office",
    "b4_wp_avada",
]

# fifth blind round (prefixed b5_): scored with `python bench/redteam.py --blind5`, kept apart
# from SITE_MODULES, HELDOUT_MODULES, BLIND3_MODULES and BLIND4_MODULES
BLIND5_MODULES = [
    "b5_wp_oceanwp",
    "b5_joomla4_yootheme",
    "b5_asp_classic",
    "b5_opengov_bs4",
]

# sixth blind round (prefixed b6_): scored with `python bench/redteam.py --blind6`, kept apart
# from SITE_MODULES, HELDOUT_MODULES, BLIND3_MODULES, BLIND4_MODULES and BLIND5_MODULES
BLIND6_MODULES = [
    "b6_wp_jannah",
    "b6_eoffice_tis620",
    "b6_joomla5_helium",
    "b6_drupal10_govtheme",
    "b6_angular_ssr",
    "b6_wp_colormag",
    "b6_joomla15_japurity",
    "b6_aspmvc_newscenter",
    "b6_sharepoint_pages",
    "b6_wix_blog",
]

# seventh blind round (prefixed b7_): scored with `python bench/redteam.py --blind7`, kept apart
# from SITE_MODULES, HELDOUT_MODULES and BLIND3_MODULES to BLIND6_MODULES
BLIND7_MODULES = [
    "b7_liferay_portal",
    "b7_wp_tt4_blocks",
    "b7_hugo_papermod",
    "b7_phpfusion_tis620",
    "b7_typo3_news",
    "b7_joomla4_astroid",
    "b7_drupal7_zen",
    "b7_wp_soledad",
]

# eighth blind round (prefixed b8_): scored with `python bench/redteam.py --blind8`, kept apart
# from SITE_MODULES, HELDOUT_MODULES and BLIND3_MODULES to BLIND7_MODULES
BLIND8_MODULES = [
    "b8_ghost_casper",
    "b8_wp_kadence_be",
    "b8_opt_localgov",
    "b8_xoops_mislabel",
    "b8_concrete_pagelist",
    "b8_wagtail_news",
    "b8_joomla3_gavern",
    "b8_drupal10_loadmore",
]

# ninth blind round (prefixed b9_): scored with `python bench/redteam.py --blind9`, kept apart
# from SITE_MODULES, HELDOUT_MODULES and BLIND3_MODULES to BLIND8_MODULES
BLIND9_MODULES = [
    "b9_moodle_forum",
    "b9_ita_datatables",
    "b9_wp_wpbakery",
    "b9_odoo_blog",
    "b9_nuxt3_strapi",
    "b9_police_fontface",
    "b9_joomla4_t4",
    "b9_silverstripe_blog",
]

# tenth blind round (prefixed b10_): scored with `python bench/redteam.py --blind10`, kept apart
# from SITE_MODULES, HELDOUT_MODULES and BLIND3_MODULES to BLIND9_MODULES
BLIND10_MODULES = [
    "b10_wp_jnews",
    "b10_joomla3_helix3",
    "b10_jsp_egov",
    "b10_smarty_modact",
    "b10_flask_jinja",
    "b10_rails_turbo",
    "b10_frameset_874",
    "b10_drupal9_civictheme",
]

# eleventh blind round (prefixed b11_): scored with `python bench/redteam.py --blind11`, kept apart
# from SITE_MODULES, HELDOUT_MODULES and BLIND3_MODULES to BLIND10_MODULES
BLIND11_MODULES = [
    "b11_yii2_gridview",
    "b11_express_ejs",
    "b11_wp_newsup",
    "b11_go_gin",
    "b11_drupal8_bootstrap3",
    "b11_wp_hestia",
]

# twelfth and thirteenth blind rounds (prefixed b12_, b13_): scored with
# `python bench/redteam.py --blind12` / `--blind13`, kept apart from every earlier round
BLIND12_MODULES: list[str] = [
    "b12_liferay_dxp",
    "b12_typo3_txnews",
    "b12_wp_divi_monarch",
    "b12_joomla5_gantry",
    "b12_ci3_obt874",
]
BLIND13_MODULES: list[str] = [
    "b13_wp_avada",
    "b13_drupal10_radix",
    "b13_djangocms_blog",
    "b13_aspnetcore_mvc",
    "b13_umbraco_874",
]

# fourteenth and fifteenth blind rounds (prefixed b14_, b15_)
BLIND14_MODULES: list[str] = [
    "b14_wp_fse_tt4",
    "b14_wp_dga874",
    "b14_joomla4_astroid",
    "b14_drupal7_adaptive",
    "b14_craft_matrix",
]
BLIND15_MODULES: list[str] = [
    "b15_lgo_874",
    "b15_hugo_ananke",
    "b15_sitecore_sxa",
    "b15_bitrix_news",
    "b15_wp_flatsome",
]

# sixteenth blind round (prefixed b16_)
BLIND16_MODULES: list[str] = [
    "b16_wp_the7",
    "b16_joomla3_warp7",
    "b16_drupal10_dxpr",
    "b16_php_datatables",
    "b16_astro_strapi",
    "b16_asp_874",
]

# seventeenth blind round (prefixed b17_)
BLIND17_MODULES: list[str] = [
    "b17_wp_soledad",
    "b17_joomla5_yootheme",
    "b17_drupal9_thunder",
    "b17_spring_thymeleaf",
    "b17_laravel_inertia",
    "b17_dreamweaver_874",
]

# eighteenth blind round (prefixed b18_), built by three builders, one list each
B18_PART_A: list[str] = ["b18_wp_blocksy", "b18_jsf_primefaces"]

# (second builder's sites)
B18_PART_B: list[str] = ["b18_joomla3_jsn", "b18_cfm_874"]

# (third builder's sites)
B18_PART_C: list[str] = [
    "b18_drupal10_bs5",
    "b18_apex_ut874",
]

BLIND18_MODULES: list[str] = [*B18_PART_A, *B18_PART_B, *B18_PART_C]

# nineteenth blind round (prefixed b19_), built by three builders, one list each
B19_PART_A: list[str] = ["b19_wp_newspack", "b19_perl_newsboard"]

# (second builder's sites)
B19_PART_B: list[str] = [
    "b19_joomla4_sppb",
    "b19_opencms_mercury",
]

# (third builder's sites)
B19_PART_C: list[str] = ["b19_drupal10_varbase", "b19_fastapi_htmx"]

BLIND19_MODULES: list[str] = [*B19_PART_A, *B19_PART_B, *B19_PART_C]

# twentieth blind round (prefixed b20_), built by three builders, one list each
B20_PART_A: list[str] = ["b20_wp_enfold", "b20_vue_prerender"]

# (second builder's sites)
B20_PART_B: list[str] = ["b20_joomla3_protostar", "b20_jekyll_paginate874"]

# (third builder's sites)
B20_PART_C: list[str] = ["b20_drupal7_panels", "b20_wix_blog"]

BLIND20_MODULES: list[str] = [*B20_PART_A, *B20_PART_B, *B20_PART_C]

# twenty-first blind round (prefixed b21_), built by three builders, one list each
B21_PART_A: list[str] = ["b21_wp_neve", "b21_sveltekit_directus"]

# (second builder's sites)
B21_PART_B: list[str] = ["b21_joomla3_beez3", "b21_domino_874"]

# (third builder's sites)
B21_PART_C: list[str] = ["b21_drupal10_tara", "b21_processwire_uikit"]

BLIND21_MODULES: list[str] = [*B21_PART_A, *B21_PART_B, *B21_PART_C]

# twenty-second blind round (prefixed b22_), built by three builders, one list each
B22_PART_A: list[str] = ["b22_k2_jdnewjersey", "b22_wp_sahifa"]

# (second builder's sites)
B22_PART_B: list[str] = ["b22_thaigov_2024", "b22_phpnuke_874"]

# (third builder's sites)
B22_PART_C: list[str] = ["b22_drupal7_omega", "b22_contao4_newsreader"]

BLIND22_MODULES: list[str] = [*B22_PART_A, *B22_PART_B, *B22_PART_C]

# twenty-third blind round (prefixed b23_), built by three builders, one list each
B23_PART_A: list[str] = ["b23_wp_twentytwenty", "b23_joomla5_cassiochild"]

# (second builder's sites)
B23_PART_B: list[str] = [
    "b23_drupal9_olivero_lb",
    "b23_websphere_wcm",
]

# (third builder's sites)
B23_PART_C: list[str] = ["b23_frontpage_word874", "b23_squarespace71_blog"]

BLIND23_MODULES: list[str] = [*B23_PART_A, *B23_PART_B, *B23_PART_C]

# twenty-fourth blind round (prefixed b24_), built by three builders, one list each
B24_PART_A: list[str] = ["b24_wp_twentyseventeen", "b24_symfony_knp"]

# (second builder's sites)
B24_PART_B: list[str] = ["b24_joomla3_s5vertex", "b24_zope2_dtml874"]

# (third builder's sites)
B24_PART_C: list[str] = ["b24_drupal6_garland", "b24_grav_quark"]

BLIND24_MODULES: list[str] = [*B24_PART_A, *B24_PART_B, *B24_PART_C]

# twenty-fifth blind round (prefixed b25_), built by three builders, one list each
B25_PART_A: list[str] = [
    "b25_wp_twentyfifteen",
    "b25_phoenix_liveview",
    # a second, parallel part-A builder (same brief, same worktree); see the README
    "b25_wp_betheme",
    "b25_hexo_next",
]

# (second builder's sites)
B25_PART_B: list[str] = ["b25_joomla25_beez20", "b25_php4_dwmx874"]

# (third builder's sites)
B25_PART_C: list[str] = ["b25_drupal9_bartik", "b25_webflow_cms"]

BLIND25_MODULES: list[str] = [*B25_PART_A, *B25_PART_B, *B25_PART_C]

# twenty-sixth blind round (prefixed b26_), built by three builders, one list each
B26_PART_A: list[str] = ["b26_wp_zakra", "b26_eleventy_njk"]

# (second builder's sites)
B26_PART_B: list[str] = [
    "b26_k2_jateline",
    "b26_struts_tis620",
]

# (third builder's sites)
B26_PART_C: list[str] = ["b26_drupal7_corpclean", "b26_payload_nextjs"]

BLIND26_MODULES: list[str] = [*B26_PART_A, *B26_PART_B, *B26_PART_C]

# twenty-seventh blind round (prefixed b27_), built by three builders, one list each
B27_PART_A: list[str] = ["b27_wp_sydney", "b27_aspnet_webforms"]

# (second builder's sites)
B27_PART_B: list[str] = ["b27_joomla4_tckbuild", "b27_mason_tis620"]

# (third builder's sites)
B27_PART_C: list[str] = ["b27_drupal9_gavias", "b27_modx_pdopage"]

BLIND27_MODULES: list[str] = [*B27_PART_A, *B27_PART_B, *B27_PART_C]

# twenty-eighth blind round (prefixed b28_), built by three builders, one list each
B28_PART_A: list[str] = ["b28_wp_tt23_jetpack", "b28_cakephp2_bake"]

# (second builder's sites)
B28_PART_B: list[str] = ["b28_k2_yjsg", "b28_mambo_tis620"]

# (third builder's sites)
B28_PART_C: list[str] = ["b28_drupal7_nexus", "b28_gov_builder"]

BLIND28_MODULES: list[str] = [*B28_PART_A, *B28_PART_B, *B28_PART_C]

# twenty-ninth blind round (prefixed b29_), built by three builders, one list each
B29_PART_A: list[str] = ["b29_wp_newsmag_a2a", "b29_play_twirl"]

# (second builder's sites)
B29_PART_B: list[str] = ["b29_k2_gknews", "b29_e107_tis620"]

# (third builder's sites)
B29_PART_C: list[str] = ["b29_drupal10_uswds", "b29_dotnet_newsdetail"]

BLIND29_MODULES: list[str] = [*B29_PART_A, *B29_PART_B, *B29_PART_C]

# thirtieth blind round (prefixed b30_), built by three builders, one list each
B30_PART_A: list[str] = ["b30_wp_hueman_polylang", "b30_nette_latte"]

# (second builder's sites)
B30_PART_B: list[str] = ["b30_joomla3_favourite", "b30_webboard874"]

# (third builder's sites)
B30_PART_C: list[str] = ["b30_drupal7_corolla", "b30_tessaban_publist"]

BLIND30_MODULES: list[str] = [*B30_PART_A, *B30_PART_B, *B30_PART_C]

# thirty-first blind round (prefixed b31_), built by three builders, one list each
B31_PART_A: list[str] = ["b31_wp_onepress_essb", "b31_deno_fresh"]

# (second builder's sites)
B31_PART_B: list[str] = ["b31_joomla3_purity3", "b31_postnuke076_874"]

# (third builder's sites)
B31_PART_C: list[str] = ["b31_drupal9_solo", "b31_obt_portal874"]

BLIND31_MODULES: list[str] = [*B31_PART_A, *B31_PART_B, *B31_PART_C]

# thirty-second blind round (prefixed b32_), built by three builders, one list each
B32_PART_A: list[str] = ["b32_wp_extra_postviews", "b32_blazor_ssr"]

# (second builder's sites)
B32_PART_B: list[str] = ["b32_joomla3_rtgantry4", "b32_joomla10_tis620"]

# (third builder's sites)
B32_PART_C: list[str] = ["b32_drupal8_bbusiness", "b32_salaklang_ticker"]

BLIND32_MODULES: list[str] = [*B32_PART_A, *B32_PART_B, *B32_PART_C]

# thirty-third blind round (prefixed b33_), built by three builders, one list each
B33_PART_A: list[str] = ["b33_wp_tt1_essb", "b33_slim_twig"]

# (second builder's sites)
B33_PART_B: list[str] = ["b33_joomla4_japurity4", "b33_coranto_cgi874"]

# (third builder's sites)
B33_PART_C: list[str] = ["b33_drupal7_danland", "b33_php_dept_newsview"]

BLIND33_MODULES: list[str] = [*B33_PART_A, *B33_PART_B, *B33_PART_C]

# thirty-fourth blind round (prefixed b34_), built by three builders, one list each
B34_PART_A: list[str] = [
    "b34_wp_tt1_sharedcounts",
    "b34_lucee_fusebox",
]

# (second builder's sites)
B34_PART_B: list[str] = ["b34_joomla3_helixult", "b34_namo_ssi874"]

# (third builder's sites)
B34_PART_C: list[str] = ["b34_drupal9_bs5lite", "b34_dept_slugportal"]

BLIND34_MODULES: list[str] = [*B34_PART_A, *B34_PART_B, *B34_PART_C]

# thirty-fifth blind round (prefixed b35_), built by three builders, one list each
B35_PART_A: list[str] = ["b35_wp_tt22_swarfare", "b35_sinatra_erb"]

# (second builder's sites)
B35_PART_B: list[str] = ["b35_joomla25_helix2", "b35_golive_874"]

# (third builder's sites)
B35_PART_C: list[str] = ["b35_drupal7_marinelli", "b35_prov_infocenter"]

BLIND35_MODULES: list[str] = [*B35_PART_A, *B35_PART_B, *B35_PART_C]

# thirty-sixth blind round (prefixed b36_), built by three builders, one list each
B36_PART_A: list[str] = ["b36_wp_tt16_sassy", "b36_gatsby_contentful"]

# (second builder's sites)
B36_PART_B: list[str] = ["b36_joomla3_jamagz2", "b36_netobjects_874"]

# (third builder's sites)
B36_PART_C: list[str] = ["b36_drupal9_stable9", "b36_dept_laravel_detail"]

BLIND36_MODULES: list[str] = [*B36_PART_A, *B36_PART_B, *B36_PART_C]

# thirty-seventh blind round (prefixed b37_), built by three builders, one list each
B37_PART_A: list[str] = ["b37_wp_tt19_ssba", "b37_dancer2_tt"]

# (second builder's sites)
B37_PART_B: list[str] = ["b37_joomla3_g5hydrogen", "b37_publisher2003_874"]

# (third builder's sites)
B37_PART_C: list[str] = ["b37_drupal7_mayo", "b37_ministry_headless"]

BLIND37_MODULES: list[str] = [*B37_PART_A, *B37_PART_B, *B37_PART_C]

# thirty-eighth blind round (prefixed b38_), built by three builders, one list each
B38_PART_A: list[str] = ["b38_wp_zoxnews_pvc", "b38_ktor_freemarker"]

# (second builder's sites)
B38_PART_B: list[str] = ["b38_joomla3_jateline4", "b38_oracleportal10g_874"]

# (third builder's sites)
B38_PART_C: list[str] = ["b38_drupal8_zircon", "b38_hosp_ci3pr"]

BLIND38_MODULES: list[str] = [*B38_PART_A, *B38_PART_B, *B38_PART_C]

# thirty-ninth blind round (prefixed b39_), built by three builders, one list each
B39_PART_A: list[str] = ["b39_wp_sparkling_crp", "b39_bottle_keyset"]

# (second builder's sites)
B39_PART_B: list[str] = [
    "b39_joomla4_newsberg",
    "b39_aspnet11_datagrid874",
]

# (third builder's sites)
B39_PART_C: list[str] = ["b39_drupal7_atcommerce", "b39_uni_prnews"]

BLIND39_MODULES: list[str] = [*B39_PART_A, *B39_PART_B, *B39_PART_C]

# fortieth blind round (prefixed b40_), built by three builders, one list each
B40_PART_A: list[str] = ["b40_wp_hello_elementor", "b40_remix_loadmore"]

# (second builder's sites)
B40_PART_B: list[str] = ["b40_joomla3_wright", "b40_contribute_874"]

# (third builder's sites)
B40_PART_C: list[str] = ["b40_drupal11_cmsolivero", "b40_prov_govweb_thdigits"]

BLIND40_MODULES: list[str] = [*B40_PART_A, *B40_PART_B, *B40_PART_C]

# forty-first blind round (prefixed b41_), built by three builders, one list each
B41_PART_A: list[str] = ["b41_wp_publisher_bpv", "b41_pyramid_chameleon"]

# (second builder's sites)
B41_PART_B: list[str] = ["b41_joomla3_zgf_nonsef", "b41_mt3_tis620"]

# (third builder's sites)
B41_PART_C: list[str] = ["b41_drupal7_bs3slideshow", "b41_prov_prdbadge"]

BLIND41_MODULES: list[str] = [*B41_PART_A, *B41_PART_B, *B41_PART_C]

# forty-second blind round (prefixed b42_), built by three builders, one list each
B42_PART_A: list[str] = ["b42_wp_newscrunch_pvc", "b42_koa_nunjucks_keyset"]

# (second builder's sites)
B42_PART_B: list[str] = ["b42_joomla3_ztbadge", "b42_php4_xuserdef874"]

# (third builder's sites)
B42_PART_C: list[str] = [
    "b42_drupal10_starterkit",
    "b42_sao_zendlist",
]

BLIND42_MODULES: list[str] = [*B42_PART_A, *B42_PART_B, *B42_PART_C]

# forty-third blind round (prefixed b43_), built by three builders, one list each
B43_PART_A: list[str] = ["b43_wp_shapely_usm", "b43_kemal_ecr_thdigits"]

# (second builder's sites)
B43_PART_B: list[str] = ["b43_joomla4_hulist", "b43_iframe_php874"]

# (third builder's sites)
B43_PART_C: list[str] = ["b43_drupal10_minipager", "b43_hosp_vendorcms"]

BLIND43_MODULES: list[str] = [*B43_PART_A, *B43_PART_B, *B43_PART_C]

# forty-fourth blind round (prefixed b44_), built by three builders, one list each
B44_PART_A: list[str] = ["b44_wp_bricks_pvc", "b44_adonis_edge_reltime"]

# (second builder's sites)
B44_PART_B: list[str] = ["b44_joomla3_helix3blog", "b44_cutenews_874"]

# (third builder's sites)
B44_PART_C: list[str] = ["b44_drupal10_corplite", "b44_dept_newsdetail_offset"]

BLIND44_MODULES: list[str] = [*B44_PART_A, *B44_PART_B, *B44_PART_C]

# forty-fifth blind round (prefixed b45_), built by three builders, one list each
B45_PART_A: list[str] = ["b45_wp_total_postviews", "b45_django_leadprint"]

# (second builder's sites)
B45_PART_B: list[str] = ["b45_asp3_access_selectpager874", "b45_joomla3_ytframework"]

# (third builder's sites)
B45_PART_C: list[str] = ["b45_drupal7_zeropoint", "b45_tambon_selectpager"]

BLIND45_MODULES: list[str] = [*B45_PART_A, *B45_PART_B, *B45_PART_C]

# forty-sixth blind round (prefixed b46_), built by three builders, one list each
B46_PART_A: list[str] = ["b46_wp_salient_postratings", "b46_tapestry5_gridnews"]

# (second builder's sites)
B46_PART_B: list[str] = ["b46_joomla4_g5rocket", "b46_geeklog_tis620"]

# (third builder's sites)
B46_PART_C: list[str] = ["b46_drupal7_bluemasters", "b46_isoc_newsmedia"]

BLIND46_MODULES: list[str] = [*B46_PART_A, *B46_PART_B, *B46_PART_C]

# forty-seventh blind round (prefixed b47_), built by three builders, one list each
B47_PART_A: list[str] = ["b47_wp_ample_plainlinks", "b47_phalcon_volt_bom"]

# (second builder's sites)
B47_PART_B: list[str] = ["b47_joomla4_helixult2", "b47_phpbb2_tis620"]

# (third builder's sites)
B47_PART_C: list[str] = ["b47_drupal9_kiso", "b47_ci4_loadmore_bom"]

BLIND47_MODULES: list[str] = [*B47_PART_A, *B47_PART_B, *B47_PART_C]

# forty-eighth blind round (prefixed b48_), built by three builders, one list each
B48_PART_A: list[str] = ["b48_wp_oxygen_ssb", "b48_razorpages_tablecol"]

# (second builder's sites)
B48_PART_B: list[str] = ["b48_joomla3_artisteer", "b48_php4_tdcol874"]

# (third builder's sites)
B48_PART_C: list[str] = ["b48_drupal9_bfd", "b48_dept_tablenews"]

BLIND48_MODULES: list[str] = [*B48_PART_A, *B48_PART_B, *B48_PART_C]

# forty-ninth blind round (prefixed b49_), built by three builders, one list each
B49_PART_A: list[str] = ["b49_wp_covernews_mashshare", "b49_octobercms_rainlab"]

# (second builder's sites)
B49_PART_B: list[str] = ["b49_joomla3_expose_amp", "b49_php5_smarty_rewrite874"]

# (third builder's sites)
B49_PART_C: list[str] = ["b49_drupal7_acquiamarina", "b49_nuxt2_vuetify_cards"]

BLIND49_MODULES: list[str] = [*B49_PART_A, *B49_PART_B, *B49_PART_C]

# fiftieth blind round (prefixed b50_), built by three builders, one list each
B50_PART_A: list[str] = ["b50_wp_mhmaglite_growwpp", "b50_statamic_peak_apilist"]

# (second builder's sites)
B50_PART_B: list[str] = ["b50_joomla3_jmef4_municipality", "b50_php5_pearpager_sid874"]

# (third builder's sites)
B50_PART_C: list[str] = ["b50_drupal10_zurbfoundation", "b50_quasar_ssr_csrlist"]

BLIND50_MODULES: list[str] = [*B50_PART_A, *B50_PART_B, *B50_PART_C]

# fifty-first blind round (prefixed b51_), built by three builders, one list each
B51_PART_A: list[str] = ["b51_wp_tt12_ncrpaste", "b51_ee7_bilingual_comments"]

# (second builder's sites)
B51_PART_B: list[str] = ["b51_joomla3_ajtfree_bilingual", "b51_aspnet20_postback874"]

# (third builder's sites)
B51_PART_C: list[str] = ["b51_drupal10_w3css_ckentities", "b51_laravel11_livewire_dept"]

BLIND51_MODULES: list[str] = [*B51_PART_A, *B51_PART_B, *B51_PART_C]

# fifty-second blind round (prefixed b52_), built by three builders, one list each
B52_PART_A: list[str] = ["b52_wp_twentyfourteen_engmeta", "b52_orchardcore_cleanblog_divtitle"]

# (second builder's sites)
B52_PART_B: list[str] = ["b52_joomla3_xtcdeparture", "b52_yii11_cgridview874"]

# (third builder's sites)
B52_PART_C: list[str] = ["b52_drupal7_professional_h2title", "b52_cakephp5_dept_loadmore"]

BLIND52_MODULES: list[str] = [*B52_PART_A, *B52_PART_B, *B52_PART_C]

# fifty-third blind round (prefixed b53_), built by three builders, one list each
B53_PART_A: list[str] = ["b53_wp_twentythirteen_wpprint", "b53_grails2_scaffold_sortlinks"]

# (second builder's sites)
B53_PART_B: list[str] = ["b53_joomla3_themler_canonical", "b53_php5_xtpl_gotracker874"]

# (third builder's sites)
B53_PART_C: list[str] = ["b53_drupal7_pixture_calendar", "b53_react18_stream_ministry"]

BLIND53_MODULES: list[str] = [*B53_PART_A, *B53_PART_B, *B53_PART_C]

# fifty-fourth blind round (prefixed b54_), built by three builders, one list each
B54_PART_A: list[str] = ["b54_wp_twentyeleven_nextpage", "b54_textpattern48_loadmore"]

# (second builder's sites)
B54_PART_B: list[str] = ["b54_joomla3_tmtheme_pagebreak", "b54_php5_adodbpager_retry874"]

# (third builder's sites)
B54_PART_C: list[str] = ["b54_drupal7_prosper_pagebreak", "b54_qwikcity_ministry_nextpost"]

BLIND54_MODULES: list[str] = [*B54_PART_A, *B54_PART_B, *B54_PART_C]

# fifty-fifth blind round (prefixed b55_), built by three builders, one list each
B55_PART_A: list[str] = ["b55_wp_twentyten_cookiewall", "b55_f3_dept_rowclick_pre"]

# (second builder's sites)
B55_PART_B: list[str] = ["b55_joomla4_quix_cookiewall", "b55_asp_expressionweb_backslash874"]

# (third builder's sites)
B55_PART_C: list[str] = ["b55_drupal7_respblog_cookiewall", "b55_solidstart_ministry_datahref"]

BLIND55_MODULES: list[str] = [*B55_PART_A, *B55_PART_B, *B55_PART_C]

# fifty-sixth blind round (prefixed b56_), built by three builders, one list each
B56_PART_A: list[str] = ["b56_wp_spacious_thaislug_tabs", "b56_symfony14_frameset_legacyam"]

# (second builder's sites)
B56_PART_B: list[str] = ["b56_joomla4_gridbox_reltabs", "b56_php4_peardb_frameset874"]

# (third builder's sites)
B56_PART_C: list[str] = ["b56_drupal6_acquiaslate_typeddate", "b56_vike_vue_dept_tabs_robots"]

BLIND56_MODULES: list[str] = [*B56_PART_A, *B56_PART_B, *B56_PART_C]

# fifty-seventh blind round (prefixed b57_), built by three builders, one list each
B57_PART_A: list[str] = ["b57_wp_customizr_hacked_yeararchive", "b57_ci2_ssj_phperrors_clockwords"]

# (second builder's sites)
B57_PART_B: list[str] = ["b57_joomla3_s5designcontrol_hacked", "b57_mcms2002_aspnet11_sqlinject874"]

# (third builder's sites)
B57_PART_C: list[str] = ["b57_drupal7_sky_hacked_yeararchive", "b57_vue2spa_dept_noscript_ctype"]

BLIND57_MODULES: list[str] = [*B57_PART_A, *B57_PART_B, *B57_PART_C]

# fifty-eighth blind round (prefixed b58_), built by three builders, one list each
B58_PART_A: list[str] = ["b58_wp_mantra_splash_lyingmeta", "b58_kohana3_xhtml_oldestfirst"]

# (second builder's sites)
B58_PART_B: list[str] = ["b58_joomla5_mokocassiopeia_toc", "b58_cocoon21_xslt_backpager874"]

# (third builder's sites)
B58_PART_C: list[str] = ["b58_drupal9_vani_splash_bom", "b58_adonis_edge_dept_iframe429"]

BLIND58_MODULES: list[str] = [*B58_PART_A, *B58_PART_B, *B58_PART_C]

# fifty-ninth blind round (prefixed b59_), built by three builders, one list each
B59_PART_A: list[str] = ["b59_wp_newsmatic_gallery_mojibake", "b59_kirby3_langdetect_showall"]

# (second builder's sites)
B59_PART_B: list[str] = ["b59_joomla15_milkyway_joomfish", "b59_vignette_storyserver_printlist874"]

# (third builder's sites)
B59_PART_C: list[str] = [
    "b59_drupal7_nucleus_langneg_photonews",
    "b59_nestjs_hbs_dept_calendarindex",
]

BLIND59_MODULES: list[str] = [*B59_PART_A, *B59_PART_B, *B59_PART_C]

# sixtieth blind round (prefixed b60_), built by three builders, one list each
B60_PART_A: list[str] = ["b60_wp_vantage_collapse_utm", "b60_pelican_notmyidea_brotli_linkcanon"]

# (second builder's sites)
B60_PART_B: list[str] = [
    "b60_joomla4_cassioverride_brotli_series",
    "b60_python_cgi_deflate_linkcanon874",
]

# (third builder's sites)
B60_PART_C: list[str] = [
    "b60_drupal9_belgrade_brotli_linkcanon",
    "b60_go_templ_htmx_ministry_reltime",
]

BLIND60_MODULES: list[str] = [*B60_PART_A, *B60_PART_B, *B60_PART_C]

# sixty-first blind round (prefixed b61_), built by three builders, one list each
B61_PART_A: list[str] = [
    "b61_wp_graphene_badge_leadquote_mobile",
    "b61_zola_tera_dategroups_qa_shadow",
]

# (second builder's sites)
B61_PART_B: list[str] = ["b61_joomla3_yjsg_dategroups", "b61_php3_msql_pathinfo_hitsort874"]

# (third builder's sites)
B61_PART_C: list[str] = ["b61_drupal10_gin_front_dategroup", "b61_lit_ssr_ministry_shadowdom"]

BLIND61_MODULES: list[str] = [*B61_PART_A, *B61_PART_B, *B61_PART_C]

# sixty-second blind round (prefixed b62_), built by three builders, one list each
B62_PART_A: list[str] = ["b62_wp_bbtheme_labour_office", "b62_laravel_tessaban_readymade"]

# (second builder's sites)
B62_PART_B: list[str] = ["b62_joomla4_ttoaster_culture", "b62_php5_appserv_thaicreate874"]

# (third builder's sites)
B62_PART_C: list[str] = ["b62_drupal10_localgov_base_newsroom", "b62_sitefinity14_ministry_news"]

BLIND62_MODULES: list[str] = [*B62_PART_A, *B62_PART_B, *B62_PART_C]

# sixty-third blind round (prefixed b63_), built by three builders, one list each
B63_PART_A: list[str] = ["b63_wp_astra_elementorpro_transport", "b63_wp_smartmag_edu_area_office"]

# (second builder's sites)
B63_PART_B: list[str] = ["b63_joomla3_sparky_commerce", "b63_drupal7_respbusiness_textdate"]

# (third builder's sites)
B63_PART_C: list[str] = ["b63_php8_amphoe_egov_readymade", "b63_kentico13_ministry_news"]

BLIND63_MODULES: list[str] = [*B63_PART_A, *B63_PART_B, *B63_PART_C]

# sixty-fourth blind round (prefixed b64_), built by three builders, one list each
B64_PART_A: list[str] = ["b64_k2_default_natres_office", "b64_wp_tt25_coop_dept"]

# (second builder's sites)
B64_PART_B: list[str] = ["b64_drupal10_wxt_gcweb_opsmo", "b64_php_provincehall_thaidigits"]

# (third builder's sites)
B64_PART_C: list[str] = ["b64_joomla5_joomstarter_ricedept", "b64_pimcore11_ministry_twinpath"]

BLIND64_MODULES: list[str] = [*B64_PART_A, *B64_PART_B, *B64_PART_C]

# sixty-fifth blind round (prefixed b65_), built by three builders, one list each
B65_PART_A: list[str] = ["b65_a_joomla5_nicepage_livestock", "b65_a_wp_hitmag_energy_office"]

# (second builder's sites)
B65_PART_B: list[str] = ["b65_b_asp_aspmaker_amphoe874", "b65_b_drupal10_drulma_sericulture"]

# (third builder's sites)
B65_PART_C: list[str] = ["b65_c_joomla3_easyblog_hospital", "b65_c_laravel_filament_trix_dept"]

BLIND65_MODULES: list[str] = [*B65_PART_A, *B65_PART_B, *B65_PART_C]

# every blind round by number: a new round is one line here
BLIND_ROUNDS = {
    3: BLIND3_MODULES,
    4: BLIND4_MODULES,
    5: BLIND5_MODULES,
    6: BLIND6_MODULES,
    7: BLIND7_MODULES,
    8: BLIND8_MODULES,
    9: BLIND9_MODULES,
    10: BLIND10_MODULES,
    11: BLIND11_MODULES,
    12: BLIND12_MODULES,
    13: BLIND13_MODULES,
    14: BLIND14_MODULES,
    15: BLIND15_MODULES,
    16: BLIND16_MODULES,
    17: BLIND17_MODULES,
    18: BLIND18_MODULES,
    19: BLIND19_MODULES,
    20: BLIND20_MODULES,
    21: BLIND21_MODULES,
    22: BLIND22_MODULES,
    23: BLIND23_MODULES,
    24: BLIND24_MODULES,
    25: BLIND25_MODULES,
    26: BLIND26_MODULES,
    27: BLIND27_MODULES,
    28: BLIND28_MODULES,
    29: BLIND29_MODULES,
    30: BLIND30_MODULES,
    31: BLIND31_MODULES,
    32: BLIND32_MODULES,
    33: BLIND33_MODULES,
    34: BLIND34_MODULES,
    35: BLIND35_MODULES,
    36: BLIND36_MODULES,
    37: BLIND37_MODULES,
    38: BLIND38_MODULES,
    39: BLIND39_MODULES,
    40: BLIND40_MODULES,
    41: BLIND41_MODULES,
    42: BLIND42_MODULES,
    43: BLIND43_MODULES,
    44: BLIND44_MODULES,
    45: BLIND45_MODULES,
    46: BLIND46_MODULES,
    47: BLIND47_MODULES,
    48: BLIND48_MODULES,
    49: BLIND49_MODULES,
    50: BLIND50_MODULES,
    51: BLIND51_MODULES,
    52: BLIND52_MODULES,
    53: BLIND53_MODULES,
    54: BLIND54_MODULES,
    55: BLIND55_MODULES,
    56: BLIND56_MODULES,
    57: BLIND57_MODULES,
    58: BLIND58_MODULES,
    59: BLIND59_MODULES,
    60: BLIND60_MODULES,
    61: BLIND61_MODULES,
    62: BLIND62_MODULES,
    63: BLIND63_MODULES,
    64: BLIND64_MODULES,
    65: BLIND65_MODULES,
}


def every_module() -> list[str]:
    """The modules of every round: the first, the held-out and each blind round."""
    out = SITE_MODULES + HELDOUT_MODULES
    for modules in BLIND_ROUNDS.values():
        out = out + modules
    return out


def load_sites(modules: list[str] | None = None) -> list[BaseSite]:
    import importlib

    out = []
    for name in SITE_MODULES if modules is None else modules:
        try:
            mod = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue
            raise
        out.append(mod.SITE)
    return out


def __getattr__(name):
    # lazy, so that `python -m tests.redteam.<site>` does not import the site twice
    if name == "SITES":
        return load_sites()
    if name == "HELDOUT_SITES":
        return load_sites(HELDOUT_MODULES)
    match = re.fullmatch(r"BLIND(\d+)_SITES", name)
    if match and int(match[1]) in BLIND_ROUNDS:
        return load_sites(BLIND_ROUNDS[int(match[1])])
    if name == "BY_KEY":
        return {s.key: s for s in load_sites(every_module())}
    raise AttributeError(name)


@contextlib.contextmanager
def serve(site, host: str = "127.0.0.1", port: int = 0):
    """Serve a site (a BaseSite or its key) on host (port 0 = any free port); yields the base URL."""
    if isinstance(site, str):
        site = {s.key: s for s in load_sites(every_module())}[site]
    with _serve(site, host, port) as base:
        yield base
