"""Ministry of Industry (industry.go.th), Joomla + K2, press releases 2017 to 2021."""

from crawler.spiders.k2 import K2Spider


class IndustryGoThSpider(K2Spider):
    """กระทรวงอุตสาหกรรม: the category the seed article lives in."""

    name = "industry_go_th"
    site_name = "กระทรวงอุตสาหกรรม"
    ministry = "กระทรวงอุตสาหกรรม (Ministry of Industry)"
    base_url = "https://www.industry.go.th"
    listing_paths = ["/industry/index.php/th/about/2017-04-20-15-23-14"]
