/// Texts far from every news topic, written for the tests (no evaluation
/// data): the news topic model must give none of them a tag.
public enum OffTopicTexts {
    public static let cakeRecipe = """
        Lemon drizzle cake

        Heat the oven to 180C and line a loaf tin with baking parchment. Beat 225g of softened butter with 225g \
        of caster sugar until pale and fluffy, then add four eggs, one at a time, mixing well after each. Sift in \
        225g of self-raising flour, add the finely grated zest of one lemon and fold gently until just combined. \
        Spoon the batter into the tin, level the top with a spatula and bake for 45 to 50 minutes, until a thin \
        skewer pushed into the centre comes out clean. While the cake cools in its tin, stir the juice of one and \
        a half lemons with 85g of icing sugar. Prick the warm sponge all over with a fork and pour the drizzle \
        over the top, letting it soak in. Leave to cool completely before slicing. The cake keeps for three days \
        in an airtight container.
        """

    public static let soupRecipe = """
        Roast tomato and red pepper soup. Serves four.

        Halve eight ripe tomatoes and two red peppers, remove the seeds, and spread them on a roasting tray with \
        a peeled onion cut into wedges and three unpeeled garlic cloves. Drizzle with olive oil, season with salt \
        and black pepper and roast for 40 minutes until the skins blister and char at the edges. Squeeze the soft \
        garlic out of its skins into a saucepan, add the roasted vegetables, a teaspoon of smoked paprika and 750ml \
        of vegetable stock, and simmer gently for ten minutes. Blend until smooth with a stick blender, adding a \
        splash of water if the soup is too thick. Taste, adjust the seasoning, and serve hot with a swirl of cream, \
        a few torn basil leaves and crusty bread on the side.
        """

    public static let commandLineManual = """
        Configuration

        The configuration file is read from the directory given with --config, or from the current directory when \
        the option is absent. Each line holds one setting in the form key = value; lines starting with a hash mark \
        are comments and blank lines are ignored. Paths may be absolute or relative to the configuration file. \
        To change the log level, set verbosity to one of quiet, normal or verbose. Set cache_dir to a writable \
        folder to keep intermediate files between invocations; delete the folder to clear the cache. Options given \
        on the command line override those in the file. If a key is misspelt, the program prints the line number \
        and exits with status 2 without changing any file. Run the tool with --help to list every option with its \
        default value, and with --version to print the version and exit.
        """

    public static let washingMachineManual = """
        Before first use, remove the transport bolts from the back panel with the spanner supplied and fit the \
        plastic caps into the holes. Connect the inlet hose to a cold water tap and hook the drain hose over the \
        edge of a sink or into a standpipe. To start a wash, sort the laundry by colour and fabric, load the drum \
        no more than three quarters full and close the door until it clicks. Pour detergent into compartment II \
        of the dispenser drawer and fabric softener into the compartment marked with a flower. Turn the programme \
        dial to the required setting, select the temperature and spin speed, and press Start/Pause. The door stays \
        locked until the drum has stopped turning. Clean the filter behind the flap at the bottom left every month: \
        place a shallow dish underneath, unscrew the filter slowly and remove fluff and coins.
        """

    public static let termsOfUse = """
        These terms apply to your use of the website and the services offered through it. By creating an account \
        you agree to be bound by them. You must keep your password confidential and you are responsible for any \
        activity under your account. We may suspend or close an account that breaches these terms without notice. \
        Nothing in these terms excludes or limits liability for death or personal injury caused by negligence, for \
        fraud or fraudulent misrepresentation, or for any other liability that cannot be excluded by law. Subject \
        to that, our total liability arising out of or in connection with these terms shall not exceed the amount \
        you paid in the twelve months before the claim arose. If any provision is held to be invalid, the remaining \
        provisions continue in full force and effect. A person who is not a party to these terms has no right to \
        enforce any of them.
        """

    public static let knittingPattern = """
        Using 4mm needles, cast on 42 stitches. Row 1 (right side): knit two, purl two, repeat to the last two \
        stitches, knit two. Row 2: purl two, knit two, repeat to the last two stitches, purl two. Repeat these \
        two rows for 5cm, ending with a wrong side row. Change to 4.5mm needles and work in stocking stitch, \
        beginning with a knit row, until the piece measures 18cm from the cast on edge. Shape the crown: knit \
        two together across the row, then purl one row. Repeat these two rows twice more. Break the yarn, leaving \
        a long tail, thread it through the remaining stitches with a darning needle and pull tight. Join the side \
        seam with mattress stitch, weave in the loose ends and add a pompom if you like.
        """

    public static let roseCare = """
        Prune bush roses in late winter, when the buds begin to swell but before the leaves open. Use clean, sharp \
        secateurs and cut about 5mm above an outward-facing bud, sloping the cut away from it so that rain runs off. \
        First remove any dead, diseased or spindly stems, then any that cross through the middle of the bush, \
        aiming for an open, goblet shape that lets air circulate. Shorten the remaining healthy stems by about a \
        third. After pruning, spread a generous mulch of well-rotted manure around the base, keeping it clear of \
        the stems. Water deeply once a week in dry spells rather than a little every day, and deadhead faded \
        flowers through the summer to encourage more blooms. Pick up fallen leaves with black spot and do not \
        compost them.
        """

    public static let medicineLeaflet = """
        How to take this medicine. Adults and children over 12 years: take one or two tablets with water every \
        four to six hours as needed. Do not take more than eight tablets in 24 hours. Do not give to children \
        under 12 years. Swallow the tablets whole; do not chew or crush them. If your symptoms persist for more \
        than three days, or get worse, talk to your doctor or pharmacist. Do not take this medicine with other \
        products containing paracetamol. Possible side effects: like all medicines, these tablets can cause side \
        effects, although not everybody gets them. Stop taking them and seek medical help at once if you have an \
        allergic reaction such as a rash, swelling of the face or difficulty breathing. Store below 25C in the \
        original package and keep out of the sight and reach of children.
        """

    public static let shelfAssembly = """
        Assembly instructions. You will need a crosshead screwdriver and a soft surface to work on. Check that \
        all parts are present before you begin: two side panels (A), four shelves (B), one back panel (C), sixteen \
        cam locks and a bag of wooden dowels. Insert the dowels into the holes on the inner faces of the side \
        panels and tap them in lightly. Screw the cam bolts into the pre-drilled holes on each shelf, fit the \
        shelves onto the dowels of one side panel and turn each cam lock clockwise until it is tight. Attach the \
        second side panel in the same way. Lay the frame face down, slide the back panel into the grooves and fix \
        it with the small nails. Stand the unit upright and secure it to the wall with the anti-tip bracket.
        """

    public static let labProtocol = """
        Preparation of the buffer. Dissolve 8g of sodium chloride, 0.2g of potassium chloride, 1.44g of disodium \
        phosphate and 0.24g of potassium dihydrogen phosphate in 800ml of distilled water. Adjust the pH to 7.4 \
        with hydrochloric acid, then add distilled water to a final volume of one litre. Sterilise by autoclaving \
        for 20 minutes at 121C on a liquid cycle and store at room temperature. Wear gloves and safety glasses \
        while handling the acid. Label the bottle with the contents, the date and your initials. Discard the \
        solution if it becomes cloudy or shows any sign of contamination.
        """

    /// All of them, each with a short name for messages.
    public static let all: [(name: String, text: String)] = [
        ("cake recipe", cakeRecipe), ("soup recipe", soupRecipe), ("command-line manual", commandLineManual),
        ("washing machine manual", washingMachineManual), ("terms of use", termsOfUse),
        ("knitting pattern", knittingPattern), ("rose care", roseCare), ("medicine leaflet", medicineLeaflet),
        ("shelf assembly", shelfAssembly), ("lab protocol", labProtocol),
    ]
}
