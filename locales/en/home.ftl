# The home page. It must tell a family migrant and a partner, in plain words, what Wegwijs helps with.

home-doc-title = { -brand-name } – help with civic integration
home-title = Welcome to { -brand-name }
home-intro = Did you come to the Netherlands to live with your partner? Then you often have to complete civic integration (inburgering). { -brand-name } helps you get started.

home-migrant-heading = For you as a newcomer
home-migrant-obligations = See what you have to do for civic integration, and when it must be finished.
home-migrant-schools = Compare language schools: the price, the number of hours, the lesson times and the quality mark.
home-migrant-plan = Make a plan. Then you know how many hours a week you need to study.
home-migrant-sessions = Sign up for a meeting. There you get information and meet other newcomers.

home-partner-heading = For you as a partner
home-partner-text = Do you already live in the Netherlands? Then you can help your partner. First, your partner gives you permission to do this. Your partner can always take this permission back.

home-pay-heading = Good to know
home-pay-text = You pay for the language school yourself. You can borrow money from DUO for the lessons. This is only possible at a school with the Blik op Werk quality mark.
home-start-early = Start on time. Many people start too late and then run out of time.

home-cta-obligations = See what you have to do
home-cta-sessions = Find a meeting
