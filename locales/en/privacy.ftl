# The privacy page and the partner's (referent's) own duties.

privacy-doc-title = Privacy – { -brand-name }
privacy-title = What do we do with your data?
privacy-lead = We only keep what is needed. We never ask for your BSN.
privacy-what-title = What we keep
privacy-what-text = Your name, your email address, your password (only encrypted), your language, and the answers that you save yourself. Your nationality only if you fill it in when you answer the questions. You do not have to.
privacy-why-title = Why
privacy-why-text = So that you can log in, see your answers again, and your partner can help you if you want.
privacy-partner-title = Your partner
privacy-partner-text = Your partner only sees what you allow. You can always stop the access. This works right away. In your account you can see what your partner did for you.
privacy-municipality-title = The municipality
privacy-municipality-text = The municipality does not see your data, unless you allow it yourself.
privacy-sessions-title = Meetings
privacy-sessions-text = Do you sign up for a meeting? Then the case manager of that meeting sees your name, your language and how many people are coming. After the meeting, the case manager can mark whether you were there. We send reminders to you and, if you allow it, to your partner.
privacy-keep-title = How long
privacy-keep-text = Do you not confirm your email address? Then we delete the account after 7 days. Links in emails only work for a short time. You can always delete your account yourself. This happens right away.
privacy-rights-title = Your rights
privacy-rights-text = You may see and download all your data. You may have it corrected or deleted. You can do this in "My account".

referent-doc-title = Your obligations as a partner – { -brand-name }
referent-title = Your own obligations as a partner
referent-lead = You are the partner who already lives in the Netherlands (the sponsor, in Dutch: referent). You also have obligations towards the IND yourself.
referent-duty-inform = Tell the IND if something changes that is important for your partner's residence permit. For example: you no longer live together, the relationship has ended, or you no longer have enough income.
referent-duty-records = Keep papers that show your relationship and your income. The IND can ask for them.
referent-duty-sanctions = Do you not follow these obligations? The first time, you usually get a warning. It stays in your file for 2 years. If the violation is serious or happens again, the IND can give you a fine, up to 5 years later.
referent-right-alone = Your partner may have the interview with the municipality alone. The municipality can also invite you.
