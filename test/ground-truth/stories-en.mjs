// Invented but plausible English-language news stories for the ground-truth pages (see build-pages.mjs).
const story = (slug, style, title, dek, byline, dateText, tags, related, body, extra = {}) => ({
  slug, style, lang: 'en', title, dek, byline, date: '2025-07-04T09:30:00Z', dateText, tags, related, body, ...extra,
});

export const STORIES_EN = [
  story('wire-ecb-rates', 'wire', 'ECB holds rates steady, signals patience as inflation cools',
    'Policymakers keep the deposit rate at 2% and say they are in no hurry to move again.',
    'Francesca Landini', 'July 4, 2025 9:30 AM GMT', ['Markets', 'Central Banks'], ['Euro zone factory activity edges up in June', 'Bond yields dip after ECB decision'],
    `FRANKFURT, July 4 - The European Central Bank left interest rates unchanged on Thursday, saying inflation was now close to its 2% target and that it saw no urgent need to cut borrowing costs further.

The decision, widely expected by markets, keeps the deposit rate at 2% after eight cuts in the past year. The euro was little changed after the announcement.

{ad}

"We are in a good place," ECB President Christine Lagarde told a news conference. "But a good place is not a place where we can stop paying attention."

{cta}

Economists polled by the agency expect one more cut before the end of the year, most likely in December, as weak growth in Germany and Italy weighs on the outlook.

{teaser Euro zone factory activity edges up in June}

Some policymakers have argued that U.S. tariffs could push inflation below target next year, while others warn that higher defence spending will add to price pressures.

Reporting by Francesca Landini and Balazs Koranyi; Editing by Toby Chopra`),

  story('wire-chile-quake', 'wire', 'Strong earthquake shakes northern Chile, no immediate reports of damage',
    'The 6.4 magnitude quake struck near Antofagasta at a depth of 38 km.',
    'Natalia Ramos', 'July 3, 2025 11:02 PM GMT', ['Americas', 'Disasters'], ['Chile copper output rises in May', 'Tsunami warnings: how they work'],
    `SANTIAGO, July 3 - A magnitude 6.4 earthquake struck northern Chile on Thursday evening, the U.S. Geological Survey said, shaking buildings in the mining city of Antofagasta but causing no immediate reports of serious damage.

The quake hit at a depth of 38 km (24 miles), about 60 km north of the city. Chile's navy said the quake did not meet the conditions for a tsunami along the coast.

{ad}

Copper miner Codelco said its operations in the region were working normally and that it was inspecting its facilities as a precaution.

Chile sits on the Pacific "Ring of Fire" and is one of the most seismically active countries in the world. A magnitude 8.8 quake in 2010 killed more than 500 people.

{cta}

Reporting by Natalia Ramos; Editing by Sandra Maler`),

  story('wire-opec-output', 'wire', 'OPEC+ agrees bigger-than-expected output hike for August',
    'Eight members will raise production by 548,000 barrels per day.',
    'Alex Lawler', 'July 5, 2025 2:15 PM GMT', ['Commodities', 'Energy'], ['Oil prices fall on supply outlook', 'Saudi Aramco raises prices for Asia'],
    `LONDON, July 5 - OPEC+ agreed on Saturday to raise oil production by 548,000 barrels per day in August, accelerating its output hikes as it seeks to regain market share, the group said in a statement.

The increase is larger than the 411,000 bpd that the eight members had agreed for each of the previous three months.

## Market share

"A steady global economic outlook and current healthy market fundamentals" justified the move, the group said, pointing to low oil inventories.

{teaser Oil prices fall on supply outlook}

Analysts said the decision showed that Saudi Arabia, the group's de facto leader, was prepared to accept lower prices to punish members that have exceeded their quotas.

- Saudi Arabia will add about 150,000 bpd.
- Russia will add about 140,000 bpd.

{cta}

Reporting by Alex Lawler and Olesya Astakhova; Editing by Frances Kerry`),

  story('ap-heat-wave', 'ap', 'Heat wave blankets central US as millions face triple-digit temperatures',
    'Forecasters warn the heat could last through the weekend.',
    'Jim Salter', 'July 8, 2025, 4:12 PM EDT', ['Weather', 'Climate'], ['Tips for staying safe in extreme heat', 'Cities open cooling centers'],
    `ST. LOUIS (AP) — More than 60 million people across the central United States were under heat alerts on Tuesday as temperatures climbed above 100 degrees Fahrenheit (38 Celsius) from Nebraska to Missouri.

The National Weather Service said the heat index, which measures how hot it feels when humidity is factored in, could reach 115 degrees in parts of Kansas City and St. Louis.

{ad}

"This is the kind of heat that can kill," said Mark Britt, a meteorologist with the weather service in St. Louis. "Check on your neighbors, especially older people living alone."

{related Tips for staying safe in extreme heat; Cities open cooling centers}

Cities opened cooling centers and extended hours at public pools. Utility companies asked customers to set thermostats a few degrees higher in the late afternoon to ease strain on the grid.

{ad}

Forecasters said a cold front could bring relief by Sunday, along with the risk of severe thunderstorms.

Associated Press writer Heather Hollingsworth in Kansas City, Missouri, contributed to this report.`),

  story('ap-senate-vote', 'ap', 'Senate passes bipartisan bill to speed up permits for power lines',
    'The measure now heads to the House, where its fate is uncertain.',
    'Matthew Daly', 'July 10, 2025, 7:45 PM EDT', ['Congress', 'Energy'], ['What the permitting bill does', 'House Republicans split on energy plan'],
    `WASHINGTON (AP) — The Senate on Thursday passed a bipartisan bill that would speed up federal permits for long-distance power lines and pipelines, a rare compromise on energy policy in a divided Congress.

The 68-30 vote sends the measure to the House, where Republican leaders have not said whether they will bring it to the floor.

{ad}

Supporters say the bill would help the country build the transmission lines needed to carry electricity from wind and solar farms to cities. "We cannot build the grid of the future with the permitting process of the past," said Sen. John Hickenlooper, D-Colo.

Environmental groups were divided. Some praised the bill's focus on transmission, while others said it would weaken reviews of fossil fuel projects.

{teaser House Republicans split on energy plan}

The bill would set a two-year deadline for environmental reviews and limit the time for legal challenges to 150 days.`),

  story('ht-monsoon-delhi', 'ht', 'Monsoon arrives in Delhi two days early, IMD issues yellow alert',
    'Heavy rain lashed parts of the capital on Sunday, causing waterlogging in several areas.',
    'Soumya Pillai', 'Jul 06, 2025 10:14 PM IST', ['Delhi rain', 'Monsoon', 'IMD'], ['Mumbai rains: local trains delayed', 'Monsoon covers entire country ahead of schedule'],
    `The southwest monsoon reached Delhi on Sunday, two days ahead of its normal date, the India Meteorological Department (IMD) said, as heavy rain lashed several parts of the capital and brought temperatures down sharply.

The Safdarjung observatory, Delhi's base weather station, recorded 46.2mm of rain between 8.30am and 5.30pm, the highest single-day rainfall of the season so far.

{teaser Mumbai rains: local trains delayed}

{ad}

"The monsoon has covered Delhi and most parts of Haryana. We expect moderate rain to continue over the next three days," said Kuldeep Srivastava, head of IMD's regional forecasting centre.

Waterlogging was reported at Minto Road, ITO and the Pul Prahladpur underpass, and traffic moved slowly on the Ring Road for most of the afternoon. The traffic police said it received 23 complaints of waterlogging by evening.

{cta}

The IMD has issued a yellow alert for Monday, warning of thunderstorms and lightning with gusty winds of up to 40kmph.`),

  story('ht-upi-record', 'ht', 'UPI transactions hit record 18.4 billion in June, NPCI data shows',
    'The value of transactions rose 20% from a year earlier to ₹24 lakh crore.',
    'Neha Bhan', 'Jul 01, 2025 06:40 PM IST', ['UPI', 'Digital payments', 'NPCI'], ['RBI keeps repo rate unchanged', 'UPI services face brief outage'],
    `Transactions on the Unified Payments Interface (UPI) rose to a record 18.4 billion in June, data released by the National Payments Corporation of India (NPCI) on Tuesday showed, up 32% from a year earlier.

The value of the transactions rose 20% to ₹24.04 lakh crore, although it was slightly lower than in May because of fewer working days, the data showed.

{ad}

Daily transactions averaged 613 million in June, compared with 602 million in May. Payments to merchants now make up more than 62% of all UPI transactions by volume, according to industry estimates.

## Small payments dominate

"The growth is being driven by small-ticket payments at kirana stores and street vendors," said a senior executive at a payments company, who asked not to be named. "The average ticket size has been falling for three years."

{teaser RBI keeps repo rate unchanged}

PhonePe and Google Pay together accounted for about 83% of UPI volumes, the data showed.`),

  story('ht-kerala-nipah', 'ht', 'Kerala confirms Nipah case in Malappuram, 49 people under observation',
    'Health minister Veena George said contact tracing was under way.',
    'Vishnu Varma', 'Jul 04, 2025 08:05 PM IST', ['Nipah virus', 'Kerala'], ['What is Nipah virus?', 'Centre rushes team to Kerala'],
    `Kerala health minister Veena George on Friday confirmed a case of Nipah virus infection in a 42-year-old woman from Malappuram district, and said 49 people who came in contact with her had been placed under observation.

The woman, who is being treated at a private hospital in Perinthalmanna, tested positive at the virology institute in Pune. Her condition was stable, the minister said.

"There is no need for panic. We have activated all the protocols we followed during earlier outbreaks," George told reporters in Thiruvananthapuram.

{ad}

A containment zone has been declared in three wards of the local panchayat, and residents have been asked to wear masks and avoid gatherings.

{teaser What is Nipah virus?}

Kerala has reported several Nipah outbreaks since 2018, when the virus killed 17 people in Kozhikode district.`),

  story('toi-bengaluru-metro', 'toi', 'Bengaluru Metro Yellow Line to open by August, says BMRCL',
    'Safety inspection of the 19km line is expected later this month.',
    'Sruthy Susan Ullas', 'Jul 7, 2025, 08.02 IST', ['Namma Metro', 'Bengaluru'], ['Metro fare hike: commuters protest', 'Electronic City traffic woes'],
    `BENGALURU: The long-delayed Yellow Line of Namma Metro, connecting RV Road and Bommasandra, is likely to open for passengers by the middle of August, Bangalore Metro Rail Corporation Ltd (BMRCL) officials said on Sunday.

The 19km line, which passes through the IT hub of Electronic City, has been ready for months but was held up by a shortage of driverless trains.

{ad}

## Trains arrive from Kolkata

BMRCL managing director M Maheshwar Rao said the third trainset had arrived from Titagarh Rail Systems in Kolkata and was undergoing tests. "Once we have three trains, we can start services at 25-minute intervals," he said.

{teaser Metro fare hike: commuters protest}

The Commissioner of Metro Rail Safety is expected to inspect the line in the last week of July. Commuters in Electronic City have been waiting for the line since 2021, when it was first scheduled to open.`),

  story('toi-mumbai-potholes', 'toi', 'BMC gets 2,100 pothole complaints in a week as rain batters Mumbai',
    'Civic body says 90% of complaints were resolved within 48 hours.',
    'Chittaranjan Tembhekar', 'Jul 9, 2025, 06.30 IST', ['Mumbai rains', 'BMC'], ['Andheri subway shut again', 'Local trains run late'],
    `MUMBAI: The Brihanmumbai Municipal Corporation (BMC) received more than 2,100 complaints about potholes in the week ending Tuesday, as heavy rain battered the city and exposed the poor state of several arterial roads.

The western suburbs accounted for nearly half the complaints, with the worst stretches on the SV Road in Goregaon and the Link Road in Malad, officials said.

{ad}

A senior civic official said 90% of the complaints had been resolved within 48 hours using cold-mix asphalt. "Our teams are working in shifts through the night," he said.

{teaser Andheri subway shut again}

Residents said the repairs rarely lasted. "They fill the same pothole every week and it opens again after one heavy shower," said Ramesh Nair, a resident of Goregaon West.`),

  story('bbc-rail-strike', 'bbc', 'Rail strike: Services cut across England as drivers walk out',
    'Passengers are advised to travel only if necessary.',
    'Katy Austin', '4 July 2025', ['Rail travel', 'Strikes', 'Trade unions'], ['Who is on strike and when?', 'Rail fares to rise by 4.6%'],
    `Train services across large parts of England have been cut as drivers at 14 rail companies walk out in a long-running dispute over pay and working conditions.

Some operators are running no trains at all, while others are running a reduced timetable between 07:30 and 18:30.

[fig https://ichef.example/news/976/platform.jpg | Platforms at London Euston were largely empty on Friday morning]

The train drivers' union Aslef said its members had not had a pay rise for three years. General secretary Mick Whelan said: "We don't want to be on strike, but the companies have left us no choice."

## What does the government say?

The Department for Transport said the strike was "unnecessary" and that a fair offer had been made, which would take the average driver's salary to £65,000.

> "The offer on the table is a good one, and we urge the union to put it to its members," a spokesperson said.

Passengers have been advised to check before they travel, and tickets for strike days can be used the day before or up to two days after.`),

  story('bbc-puffins', 'bbc', 'Puffin numbers rise on Farne Islands after bird flu losses',
    'Rangers counted more than 49,000 breeding pairs this summer.',
    'Fiona Trott', '8 July 2025', ['Wildlife', 'Northumberland'], ['Bird flu: what are the risks?', 'Seal pups born on islands'],
    `Puffin numbers on the Farne Islands have risen for the first time in six years, after the population was hit hard by bird flu, rangers say.

A survey by the National Trust counted 49,470 breeding pairs across the islands off the coast of Northumberland, up 13% on the last count in 2023.

[fig https://ichef.example/news/640/puffin.jpg | Rangers spend weeks counting burrows on the islands each summer]

Area ranger Ciaran Hatsell said the team was "delighted" but cautioned that numbers were still below their peak in 2013. "Puffins are long-lived birds, and it takes time for a colony to recover," he said.

The count involves rangers reaching into burrows to check whether they are occupied, a process that can take several weeks.

{related Bird flu: what are the risks?; Seal pups born on islands}

Warmer seas have also affected the sand eels the birds feed on, forcing some to fly further to find food for their chicks.`),

  story('guardian-housing', 'guardian', 'Councils warn of ‘tipping point’ as temporary housing costs soar',
    'Spending on emergency accommodation in England rose by a third last year.',
    'Jessica Murray', 'Mon 7 Jul 2025 06.00 BST', ['Housing', 'Local government', 'Homelessness'], ['Record number of children in temporary housing', 'Rents rise at fastest rate in a year'],
    `Councils in England spent £2.3bn on temporary accommodation for homeless families last year, a rise of a third, pushing some authorities close to bankruptcy, according to new figures.

The Local Government Association said the cost was now a bigger pressure on some council budgets than adult social care, and called on ministers to raise the amount councils can claim back in housing benefit.

{teaser Record number of children in temporary housing}

“We are at a tipping point,” said Adam Hug, the LGA’s housing spokesperson. “Councils are doing everything they can, but they are being asked to house more families than ever with money that was set in 2011.”

{cta}

The figures show that more than 160,000 children are living in temporary accommodation, many of them in single rooms in bed and breakfasts.

A government spokesperson said it was investing £1bn in homelessness services this year and would publish a long-term strategy in the autumn.`),

  story('guardian-bees', 'guardian', 'Wild bees in UK declining faster than thought, study finds',
    'Researchers say a quarter of species have lost ground since 1980.',
    'Damian Carrington', 'Wed 9 Jul 2025 16.00 BST', ['Bees', 'Insects', 'Wildlife'], ['Pesticide ban overturned', 'Gardeners urged to leave lawns to grow'],
    `A quarter of the UK’s wild bee species have declined since 1980, a more severe loss than previously thought, according to the most detailed study yet.

Scientists analysed 700,000 records collected by volunteers over four decades and found that the range of 89 species had shrunk, while 47 had expanded, mostly in the south of England.

## Warming and farming

The researchers said the losses were concentrated among bees that prefer cooler, northern habitats, suggesting the climate crisis was a major factor, along with the intensification of farming.

{teaser Pesticide ban overturned}

“These are not just numbers on a chart,” said Dr Gary Powney of the UK Centre for Ecology and Hydrology, who led the study. “Bees pollinate our crops and wild flowers, and losing them has consequences for all of us.”

{cta}

The study was published in the journal Nature Ecology and Evolution.`),

  story('nyt-transit-fares', 'nyt', 'Congestion Toll Brings Fewer Cars and Faster Buses, Data Shows',
    'Six months in, traffic in the tolled zone is down and bus riders are getting where they are going faster.',
    'Winnie Hu', 'July 7, 2025', ['Traffic', 'Mass Transit'], ['How the Congestion Toll Works', 'Subway Ridership Climbs'],
    `About 1.5 million fewer vehicles entered the busiest part of Manhattan in June than a year earlier, according to data released on Monday by the Metropolitan Transportation Authority, six months after the nation’s first congestion pricing program began.

Travel times on bridges and tunnels into the zone have fallen by as much as 30 percent at peak hours, and buses crossing Midtown are running faster, the data showed.

{ad}

“People said the sky would fall,” Janno Lieber, the authority’s chairman, said in an interview. “Instead, the streets work better and we are raising money for the subways.”

The program has raised about $250 million so far, putting it on track to meet its goal of $500 million in its first year.

{teaser How the Congestion Toll Works}

Some business owners in the zone said they had seen fewer customers from New Jersey and the outer boroughs, though sales data for the area has not shown a clear decline.

{ad}

A federal lawsuit seeking to end the program is still pending.`),

  story('cnn-wildfire-canada', 'cnn', 'Wildfire smoke from Canada triggers air quality alerts across the Midwest',
    'Residents are urged to limit time outdoors.',
    'Mary Gilbert', '3:24 PM EDT, Wed July 9, 2025', ['Weather', 'Wildfires'], ['What is in wildfire smoke?', 'Canada fire season on track for record'],
    `Smoke from hundreds of wildfires burning in Canada drifted across the Midwest on Wednesday, prompting air quality alerts for more than 15 million people from Minnesota to Michigan.

The air quality index reached unhealthy levels in Minneapolis and Milwaukee, where residents were urged to limit outdoor activity, especially children, older adults and people with heart or lung conditions.

{ad}

{teaser What is in wildfire smoke?}

More than 500 fires were burning in Canada as of Wednesday, according to the Canadian Interagency Forest Fire Centre, most of them in Manitoba and Saskatchewan.

## A long season

“We are only in July, and this season is already one of the worst we have seen,” said Daniel Swain, a climate scientist at the University of California, Los Angeles.

Forecasters expect the smoke to thin by the weekend as winds shift to the south.`),
];
